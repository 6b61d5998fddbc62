package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.documents.LabelLayout;
import br.com.patritech.documents.LabelSheets;

/**
 * Counting on a phone (390 x 844): open a campaign over SED-001, count a room by typing and by the photo of a
 * label, see an asset that belongs elsewhere, find it in the reconciliation and move it where it was found, close
 * the campaign and get its report. Closed at the end, so the
 * other journeys find SED-001 free to move.
 */
class InventoryJourneyE2E extends ScreenSizeJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Found(String tombo, long roomId, String roomName) {
    }

    @Test
    void openCountByTypingAndByPhotoSeeAMisplacedAssetReconcileItCloseAndGetTheReport() throws Exception {
        List<Found> sed = assetsOf("SED-001");
        Found first = sed.stream().filter(f -> sed.stream().filter(o -> o.roomId() == f.roomId()).count() > 1)
                .findFirst().orElseThrow();
        List<Found> sameRoom = sed.stream().filter(f -> f.roomId() == first.roomId() && !f.equals(first)).toList();
        Found elsewhere = sed.stream().filter(f -> f.roomId() != first.roomId()).findFirst().orElseThrow();
        assertThat(sameRoom).as("the demo has two assets in one SED-001 room").isNotEmpty();

        resize(390, 844);
        loginAsAdmin();
        open("/inventario");
        click("new-campaign");
        type("campaign-name", "Inventário E2E");
        pickInMultiSelect("campaign-units", "SED-001");
        pickInMultiSelect("campaign-committee", "Administrador");
        click("campaign-open");
        await(By.id("campaign-view"));
        assertNoHorizontalOverflow("campaign");
        click("campaign-count");
        await(By.id("count-view"));
        click("count-room");
        clickSelectItem("SED-001 - " + first.roomName());

        type("count-code", first.tombo(), Keys.ENTER);
        awaitText(By.id("count-answer-text"), "Encontrado aqui: " + first.tombo());
        type("count-code", elsewhere.tombo(), Keys.ENTER);
        awaitText(By.id("count-answer-text"), "pertence a outro local: SED-001 - " + elsewhere.roomName());
        assertThat(driver.findElement(By.id("count-answer")).getDomAttribute("data-result")).isEqualTo("MISPLACED");
        assertNoHorizontalOverflow("count");
        snap("count-misplaced");

        Path photo = labelPhoto(sameRoom.get(0).tombo());
        WebElement upload = await(By.id("count-photo"));
        WebElement file = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const u = arguments[0]; return u.querySelector('input[type=file]') "
                        + "|| (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))", upload);
        file.sendKeys(photo.toAbsolutePath().toString());
        awaitText(By.id("count-answer-text"), "Encontrado aqui: " + sameRoom.get(0).tombo());
        awaitText(By.id("count-reads"), "Lidos nesta sala: 3");
        snap("count-photo");

        driver.navigate().back();
        await(By.id("campaign-view"));
        awaitText(By.id("campaign-progress"), first.roomName()); // a phone shows the rooms; the unit is in the title
        snap("campaign-progress");

        // reconciliation: the asset read in the wrong room is listed there and moved to where it was found
        click("campaign-reconcile");
        await(By.id("reconciliation-view"));
        awaitText(By.id("reconciliation-misplaced"), elsewhere.tombo());
        awaitText(By.id("reconciliation-misplaced"), "SED-001 · " + first.roomName());
        assertNoHorizontalOverflow("reconciliation");
        snap("reconciliation");
        // on a phone each row is a card: the asset, from where to where, and the action under them
        WebElement move = await(By.cssSelector(
                "#reconciliation-misplaced .reconciliation-card vaadin-button.reconcile-move"));
        assertInViewport(move, "Mover para onde foi encontrado");
        move.click();
        await(By.xpath("//vaadin-notification-card[contains(., 'Bem " + elsewhere.tombo() + " movido para a sala "
                + first.roomName() + "')]"));
        wait.until(d -> d.findElements(By.cssSelector("#reconciliation-misplaced vaadin-button.reconcile-move")).isEmpty());
        snap("reconciliation-moved");
        assertThat(assetsOf("SED-001")).as("the asset is now in the room where it was found")
                .contains(new Found(elsewhere.tombo(), first.roomId(), first.roomName()));

        driver.navigate().back();
        await(By.id("campaign-view"));
        click("campaign-close");
        WebElement confirm = await(By.cssSelector("#confirm-action vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']"));
        confirm.click();
        awaitText(By.id("campaign-status"), "Encerrada");
        String report = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('report-pdf').href).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type'))).catch(e => done('failed ' + e));");
        assertThat(report).isEqualTo("200 application/pdf");
        snap("campaign-closed");
    }

    /** Opens the multi-select box, filters by the text and ticks the first match. */
    private void pickInMultiSelect(String id, String text) {
        WebElement input = await(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        input.sendKeys(text);
        await(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + text + "')]"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> !((String) ((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).querySelectorAll('vaadin-multi-select-combo-box-chip')"
                        + ".length + ''", id)).equals("0"));
        input.sendKeys(Keys.TAB);
    }

    /** A PNG of the label as a phone would photograph it (rendered from the real label layout). */
    private static Path labelPhoto(String tombo) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        LabelSheets.write(LabelLayout.THERMAL_50X30, 1, "PATRI-TECH", List.of(
                new LabelSheets.Label("http://localhost:8080/t/" + tombo, tombo)).iterator(), pdf);
        Path png = Files.createTempFile("etiqueta-", ".png");
        try (var read = Loader.loadPDF(pdf.toByteArray())) {
            javax.imageio.ImageIO.write(new PDFRenderer(read).renderImageWithDPI(0, 200), "png", png.toFile());
        }
        return png;
    }

    /** Active assets of the unit, with their rooms, from the REST API (as the administrator). */
    private List<Found> assetsOf(String unitCode) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/auth/token")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(java.util.Map.of("username", RunningApp.ADMIN_LOGIN,
                                "password", RunningApp.ADMIN_PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asString();
        JsonNode units = get(http, token, "/api/v1/units");
        long unitId = -1;
        for (JsonNode unit : units.has("content") ? units.get("content") : units) {
            if (unit.get("code").asString().equals(unitCode)) {
                unitId = unit.get("id").asLong();
            }
        }
        List<Found> found = new ArrayList<>();
        for (JsonNode row : get(http, token, "/api/v1/assets?status=ATIVO&size=200&sort=tombo&unitId=" + unitId)
                .get("content")) {
            if (row.hasNonNull("roomId")) {
                found.add(new Found(row.get("tombo").asString(), row.get("roomId").asLong(), row.get("roomName").asString()));
            }
        }
        return found;
    }

    private JsonNode get(HttpClient http, String token, String path) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
