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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.support.TestUsers;

/**
 * On a phone, a gestor of EMEF-002 sees on the bell the guide an administrator sent from SED-001 and follows the
 * notification to the guide, where accepting is offered. The guide is cancelled at the end, so no other journey
 * finds one more guide waiting.
 */
class NotificationJourneyE2E extends ScreenSizeJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGestorSeesTheGuideOnTheBellAndFollowsItToAcceptIt() throws Exception {
        String admin = adminToken();
        long origin = unitId(admin, "SED-001");
        long destination = unitId(admin, "EMEF-002");
        JsonNode asset = call("POST", "/api/v1/assets", admin, Map.of("name", "Bebedouro (E2E notificação)",
                "categoryId", call("GET", "/api/v1/categories", admin, null).get(0).get("id").asLong(),
                "unitId", origin, "acquisitionValue", "980.00"));
        String cpf = TestUsers.randomCpf();
        JsonNode issued = call("POST", "/api/v1/users", admin, Map.of("name", "Notificada E2E", "cpf", cpf,
                "email", "e2e" + cpf + "@patritech.test", "role", "GESTOR", "unitIds", List.of(destination),
                "permissions", List.of("ASSET_TRANSFER")));
        JsonNode guide = call("POST", "/api/v1/transfers", admin, Map.of("assetIds", List.of(asset.get("id").asLong()),
                "destinationUnitId", destination, "reason", "Bebedouro para o pátio"));
        long guideId = guide.get("id").asLong();
        String number = guide.get("number").asString();
        try {
            resize(390, 844);
            login(issued.get("user").get("email").asString(), issued.get("password").asString());
            changeInitialPassword(issued.get("password").asString(), "Notificada-e2e-senha-2026");
            awaitText(By.id("notification-count"), "1");
            assertNoHorizontalOverflow("top bar with the bell on a phone");
            click("notification-bell");
            WebElement entry = await(By.xpath("//vaadin-button[contains(@class, 'notification-unread')"
                    + " and contains(., '" + number + "')]"));
            snap("bell-phone");
            wait.ignoring(ElementClickInterceptedException.class).until(d -> {
                entry.click();
                return true;
            });
            await(By.id("accept-transfer"));
            assertThat(driver.getCurrentUrl()).endsWith("/transferencias/" + guideId);
            wait.until(d -> d.findElements(By.id("notification-count")).stream().noneMatch(WebElement::isDisplayed));
            snap("guide-phone");
        } finally {
            call("POST", "/api/v1/transfers/" + guideId + "/cancel", admin, null);
            resize(1400, 1000);
        }
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
