package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.base.Cpf;

/**
 * Custody as people live it: the administrator ticks two assets and assigns them to a teacher who has an account,
 * downloads the term (a real PDF), and the teacher, on a phone, accepts it under "Meus bens".
 */
class CustodyJourneyE2E extends ScreenSizeJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void assignTwoAssetsDownloadTheTermAndAcceptItAsThatPerson() throws Exception {
        String marker = "E2E custódia " + System.nanoTime() % 100_000;
        String cpf = Cpf.withCheckDigits(String.format("%09d", System.nanoTime() % 999_999_999));
        String email = "professora" + System.nanoTime() % 1_000_000 + "@e2e.patritech.test";
        List<Long> assetIds = new java.util.ArrayList<>();
        String teacherPassword = prepare(marker, cpf, email, assetIds);

        loginAsAdmin();
        open("/bens");
        type("asset-search", marker);
        awaitText(By.id("asset-totals"), "2 bens encontrados");
        awaitText(By.id("asset-grid"), marker + " B");
        // the grid keeps spare rows in its DOM: tick the check box of each shown row that names the marker
        @SuppressWarnings("unchecked")
        List<WebElement> boxes = (List<WebElement>) js("const g = document.getElementById('asset-grid');"
                + "return [...g.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => !r.hidden"
                + "  && [...r.querySelectorAll('td slot')].some(s => s.assignedElements()"
                + "      .some(e => e.textContent.includes(arguments[0]))))"
                + "  .map(r => r.querySelector('td slot').assignedElements()[0].querySelector('vaadin-checkbox'));",
                marker);
        assertThat(boxes).hasSize(2);
        boxes.forEach(WebElement::click);
        awaitText(By.id("asset-selection-count"), "2 bens selecionados");
        click("custody-assign");
        pick("custody-person", "Professora E2E");
        click("custody-assign-confirm");
        WebElement notice = await(By.xpath("//vaadin-notification-card[contains(., 'termo TR-')]"));
        String number = notice.getText().replaceAll("(?s).*(TR-\\d{4}-\\d{6}).*", "$1");
        snap("assigned");

        open("/bens/" + assetIds.get(0));
        awaitText(By.id("asset-history"), "Atribuição de responsável");
        WebElement history = driver.findElement(By.id("asset-history"));
        assertThat(history.getText()).contains("Professora E2E", number);
        js("arguments[0].scrollIntoView({block: 'center'})", history);
        snap("history-custody");

        open("/responsaveis");
        type("people-search", "Professora E2E");
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Professora E2E')]")).click();
        WebElement link = await(By.id("download-" + number));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(link.getDomAttribute("href").startsWith("http")
                        ? link.getDomAttribute("href") : app.url("/" + link.getDomAttribute("href").replaceFirst("^/", ""))))
                .header("Cookie", driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        driver.manage().deleteAllCookies();
        resize(390, 844);
        login(email, teacherPassword);
        changeInitialPassword(teacherPassword, "Professora-nova-senha-2026");
        open("/meus-bens");
        await(By.id("waiting-" + number));
        assertNoHorizontalOverflow("/meus-bens");
        assertThat(driver.findElement(By.id("my-assets-grid")).getText()).contains(marker + " A", marker + " B");
        click("accept-" + number);
        await(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
        wait.until(d -> d.findElements(By.id("accept-" + number)).isEmpty());
        snap("accepted");
        assertThat(driver.findElement(By.id("my-assets-grid")).getText()).contains("Aceito");
    }

    /** Through the API as the administrator: two assets at the school and a teacher with an account, linked. */
    private String prepare(String marker, String cpf, String email, List<Long> assetIds) throws Exception {
        String token = post("/api/v1/auth/token", null, Map.of("username", RunningApp.ADMIN_LOGIN,
                "password", RunningApp.ADMIN_PASSWORD)).get("access_token").asString();
        long school = 0;
        for (JsonNode unit : get("/api/v1/units", token)) {
            if (unit.get("code").asString().equals("EMEF-002")) {
                school = unit.get("id").asLong();
            }
        }
        long category = get("/api/v1/categories", token).get(0).get("id").asLong();
        for (String suffix : List.of(" A", " B")) {
            assetIds.add(post("/api/v1/assets", token, Map.of("name", marker + suffix, "categoryId", category,
                    "unitId", school, "acquisitionValue", "1500.00")).get("id").asLong());
        }
        String password = post("/api/v1/users", token, Map.of("name", "Professora E2E", "cpf", cpf, "email", email,
                "role", "GESTOR", "unitIds", List.of(school), "permissions", List.of())).get("password").asString();
        post("/api/v1/people", token, Map.of("name", "Professora E2E", "cpf", cpf, "unitId", school,
                "linkAccount", true));
        return password;
    }

    private JsonNode get(String path, String token) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isIn(200, 201);
        return JSON.readTree(response.body());
    }
}
