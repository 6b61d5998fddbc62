package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.base.Translations;
import br.com.patritech.base.ui.Formats;

/**
 * The reports screen on a desktop and on a phone: generate the relatório patrimonial of one unit, wait for it in the
 * background, download it, and find in the PDF the unit's active value as the asset list shows it.
 */
class ReportJourneyE2E extends ScreenSizeJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNIT = "EMEF-002";

    @Test
    void theRegisterOfAUnitOnADesktop() throws Exception {
        resize(1400, 1000);
        generateAndDownload("desktop");
    }

    @Test
    void theRegisterOfAUnitOnAPhone() throws Exception {
        resize(390, 844);
        generateAndDownload("phone");
    }

    private void generateAndDownload(String screen) throws Exception {
        BigDecimal listValue = activeValueOf(UNIT);
        loginAsAdmin();
        open("/relatorios");
        await(By.id("reports-view"));
        pick("report-unit", UNIT);
        int before = driver.findElements(By.cssSelector("a.report-download")).size(); // reports asked for earlier
        click("report-generate");
        // the newest report is listed first; its link appears once the background job is done
        var link = wait.withTimeout(java.time.Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var links = d.findElements(By.cssSelector("a.report-download"));
                    return links.size() > before && links.get(0).isDisplayed() ? links.get(0) : null;
                });
        assertNoHorizontalOverflow("reports " + screen);
        snap(screen);
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));"
                        + "}).catch(e => done('failed ' + e));", link);
        byte[] pdf = Base64.getDecoder().decode(base64);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Relatório patrimonial por unidade e sala", UNIT, "Total geral: ",
                    Formats.money(listValue, Translations.PT_BR), "página 1 de " + read.getNumberOfPages());
        }
    }

    /** The unit's active value as the asset list (REST API) shows it, as the administrator. */
    private BigDecimal activeValueOf(String unitCode) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/auth/token")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("username", RunningApp.ADMIN_LOGIN,
                                "password", RunningApp.ADMIN_PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asString();
        JsonNode units = get(http, token, "/api/v1/units");
        long unitId = -1;
        for (JsonNode unit : units.has("content") ? units.get("content") : units) {
            if (unit.get("code").asString().equals(unitCode)) {
                unitId = unit.get("id").asLong();
            }
        }
        return get(http, token, "/api/v1/assets?size=1&unitId=" + unitId).get("activeValue").decimalValue();
    }

    private JsonNode get(HttpClient http, String token, String path) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
