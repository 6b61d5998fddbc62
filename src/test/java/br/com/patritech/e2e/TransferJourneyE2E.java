package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.support.TestUsers;

/**
 * The two-step transfer in a real browser: a gestor of EMEF-002 sends an asset to SED-001 from the asset list, the
 * gestor of SED-001 accepts it choosing a room, and the asset's history shows both steps. SED-001 has no demo guide
 * waiting, so the receiver's count is exactly one (EMEF-002 has one; UBS-003 is frozen by the demo inventory).
 */
class TransferJourneyE2E extends ScreenSizeJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGestorSendsAnAssetAndTheDestinationGestorAcceptsItIntoARoom() throws Exception {
        String admin = adminToken();
        long origin = unitId(admin, "EMEF-002");
        long destination = unitId(admin, "SED-001");
        JsonNode asset = call("POST", "/api/v1/assets", admin, Map.of("name", "Autoclave (E2E transferência)",
                "categoryId", call("GET", "/api/v1/categories", admin, null).get(0).get("id").asLong(),
                "unitId", origin, "acquisitionValue", "12500.00"));
        String tombo = asset.get("tombo").asString();
        Account sender = gestor(admin, origin, "Remetente E2E");
        Account receiver = gestor(admin, destination, "Recebedora E2E");

        login(sender.email(), sender.password());
        changeInitialPassword(sender.password(), "Remetente-e2e-senha-2026");
        open("/bens");
        type("asset-search", tombo);
        awaitText(By.id("asset-grid"), "Autoclave (E2E transferência)");
        wait.until(d -> d.findElements(By.cssSelector("#asset-grid vaadin-checkbox:not(#selectAllCheckbox)")).stream()
                .filter(WebElement::isDisplayed).findFirst().map(box -> {
                    box.click();
                    return true;
                }).orElse(false));
        click("send-to-unit");
        pick("send-destination", "SED-001");
        type("send-reason", "Esterilização na UBS");
        click("confirm-decision");
        String number = await(By.id("transfer-title")).getText().replaceAll(".*(GT-\\d{4}-\\d{6}).*", "$1");
        assertThat(number).matches("GT-\\d{4}-\\d{6}");
        snap("sent");

        driver.manage().deleteAllCookies();
        login(receiver.email(), receiver.password());
        changeInitialPassword(receiver.password(), "Recebedora-e2e-senha-2026");
        assertThat(await(By.id("figure-transfers-waiting")).getText()).endsWith("1");
        click("figure-transfers-waiting");
        awaitText(By.id("transfers-grid"), number);
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + number + "')]")).click();
        click("accept-transfer");
        pick("accept-room", "Sala 01");
        click("confirm-decision");
        awaitText(By.id("transfer-room"), "Sala 01");
        snap("accepted");
        String guideUrl = driver.getCurrentUrl();
        resize(390, 844);
        driver.get(guideUrl);
        assertInViewport(await(By.id("transfer-pdf")), "Baixar PDF");
        assertNoHorizontalOverflow("guide page on a phone");
        snap("guide-phone");
        open("/transferencias");
        awaitGridRows("transfers-grid");
        assertNoHorizontalOverflow("transfer list on a phone");
        snap("list-phone");
        resize(1400, 1000);

        open("/bens/" + asset.get("id").asLong());
        awaitText(By.id("detail-unit"), "SED-001");
        String history = await(By.id("asset-history")).getText();
        assertThat(history).contains("Enviado em guia de transferência", "Transferência aceita", number,
                "Remetente E2E", "Recebedora E2E");

        // The sending side: its gestor finds the guide among the outgoing ones, accepted, with both steps; the
        // asset now belongs to SED-001, so its history is read by the administrator, who sees every unit.
        driver.manage().deleteAllCookies();
        login(sender.email(), "Remetente-e2e-senha-2026");
        await(By.id("dashboard-view"));
        driver.get(guideUrl);
        awaitText(By.id("transfer-steps"), "Recebedora E2E");
        assertThat(driver.findElement(By.id("transfer-steps")).getText()).contains("Remetente E2E");
        assertThat(driver.findElements(By.id("cancel-transfer"))).isEmpty();
        snap("sender-sees-accepted");
        driver.manage().deleteAllCookies();
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD);
        await(By.id("dashboard-view"));
        open("/bens/" + asset.get("id").asLong());
        awaitText(By.id("asset-history"), "Transferência aceita");
        WebElement adminHistory = await(By.id("asset-history"));
        assertThat(adminHistory.getText()).contains("Enviado em guia de transferência",
                "Transferência aceita", number, "Remetente E2E", "Recebedora E2E");
        js("arguments[0].scrollIntoView({block: 'center'})", adminHistory);
        snap("history-admin");
    }

    private record Account(String email, String password) {
    }

    private Account gestor(String admin, long unitId, String name) throws IOException, InterruptedException {
        String cpf = TestUsers.randomCpf();
        JsonNode issued = call("POST", "/api/v1/users", admin, Map.of("name", name, "cpf", cpf,
                "email", "e2e" + cpf + "@patritech.test", "role", "GESTOR", "unitIds", List.of(unitId),
                "permissions", List.of("ASSET_TRANSFER", "ASSET_EDIT")));
        return new Account(issued.get("user").get("email").asString(), issued.get("password").asString());
    }

    private long unitId(String token, String code) throws IOException, InterruptedException {
        for (JsonNode unit : call("GET", "/api/v1/units", token, null)) {
            if (unit.get("code").asString().equals(code)) {
                return unit.get("id").asLong();
            }
        }
        throw new IllegalStateException("No demo unit " + code);
    }

    private String adminToken() throws IOException, InterruptedException {
        return call("POST", "/api/v1/auth/token", null, Map.of("username", RunningApp.ADMIN_LOGIN,
                "password", RunningApp.ADMIN_PASSWORD)).get("access_token").asString();
    }

    private JsonNode call(String method, String path, String token, Object body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
