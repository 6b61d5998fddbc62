package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import br.com.patritech.security.Role;
import br.com.patritech.support.TestUsers;

/**
 * The audit trail over HTTP behind nginx: a failed token request is recorded with the client address the proxy
 * forwards and the login tried; GET /api/v1/audit is for administrators and auditors.
 */
@ApiTest
// The same settings as OperationsVisibilityApiTest, so both share one application context.
@TestPropertySource(properties = {"logging.structured.format.console=ecs", "patritech.trusted-proxies=127.0.0.1, ::1",
        "logging.level.br.com.patritech.operations.RequestIdFilter=debug"})
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    TestUsers testUsers;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aFailedTokenRequestIsRecordedWithTheAddressNginxForwardsAndTheLoginTried() throws Exception {
        String login = "tentativa" + System.nanoTime() % 1_000_000 + "@teste.gov.br";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.23")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + login + "\",\"password\":\"senha-errada-123\"}")).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        String auditor = api.token(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);

        ApiClient.Response page = api.get("/api/v1/audit?action=SIGN_IN_FAILED&who=" + login, auditor);

        assertThat(page.status()).isEqualTo(200);
        JsonNode entry = page.body().get("content").get(0);
        assertThat(entry.get("subject").asString()).isEqualTo(login);
        assertThat(entry.get("actorLogin").asString()).isEqualTo(login);
        assertThat(entry.get("clientAddress").asString()).isEqualTo("198.51.100.23");
        assertThat(page.body().get("content").size()).isEqualTo(1);
        assertThat(page.body().get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void theTokenIssuedIsRecordedAndPagesSayWhetherMoreFollow() {
        var admin = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        String token = api.token(admin.email(), ApiUsers.PASSWORD);

        ApiClient.Response page = api.get("/api/v1/audit?size=1&who=" + admin.email(), token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("content").get(0).get("action").asString()).isEqualTo("API_TOKEN_ISSUED");
        assertThat(page.body().get("hasNext").asBoolean()).as("the sign-in before it").isTrue();
        assertThat(api.get("/api/v1/audit?size=1&page=1&who=" + admin.email(), token).body().get("content").get(0)
                .get("action").asString()).isEqualTo("SIGN_IN");
    }

    @Test
    void aGestorIsRefusedAndBadParametersAreProblems() {
        String gestor = api.token(apiUsers.create(Role.GESTOR, Set.of(testUsers.anyUnit()), Set.of()).email(),
                ApiUsers.PASSWORD);
        String auditor = api.token(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);

        assertThat(api.get("/api/v1/audit", gestor).status()).isEqualTo(403);
        ApiClient.Response badDate = api.get("/api/v1/audit?from=ontem", auditor);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/audit?size=0", auditor).status()).isEqualTo(400);
    }
}
