package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.security.Role;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService.UserSummary;

@ApiTest
class AuthApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    TestUsers testUsers;

    ApiClient api;
    UserSummary user;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = apiUsers.create(Role.AUDITOR, Set.of(), Set.of());
    }

    private ApiClient.Response tokenRequest(String username, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    @Test
    void tokenCarriesTheStandardClaimsAndLastsFifteenMinutes() {
        ApiClient.Response response = tokenRequest(user.cpf(), ApiUsers.PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.body().get("expires_in").asLong()).isEqualTo(900);
        assertThat(response.body().get("refresh_token").asString()).hasSizeGreaterThan(30);
        String[] parts = response.body().get("access_token").asString().split("\\.");
        JsonNode header = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(claims.get("iss").asString()).isEqualTo("patritech");
        assertThat(claims.get("aud").toString()).contains("patritech-api");
        assertThat(claims.get("sub").asString()).isEqualTo(String.valueOf(user.id()));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.get("jti").asString()).isNotBlank();

        ApiClient.Response me = api.get("/api/v1/me", response.body().get("access_token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("role").asString()).isEqualTo("AUDITOR");
    }

    @Test
    void wrongPasswordIsA401ProblemAndFiveOfThemLockTheLogin() {
        ApiClient.Response wrong = tokenRequest(user.email(), "senha-errada-123");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body().get("type").asString()).isEqualTo("urn:patritech:problem:bad-credentials");
        for (int i = 0; i < 4; i++) {
            tokenRequest(user.email(), "senha-errada-123");
        }
        ApiClient.Response locked = tokenRequest(user.email(), ApiUsers.PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body().get("type").asString()).isEqualTo("urn:patritech:problem:account-locked");
        assertThat(locked.body().get("detail").asString()).contains("15 minutos");
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenStopsWorking() {
        JsonNode first = tokenRequest(user.email(), ApiUsers.PASSWORD).body();
        ApiClient.Response second = api.post("/api/v1/auth/refresh", null,
                Map.of("refresh_token", first.get("refresh_token").asString()));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
        assertThat(api.get("/api/v1/me", second.body().get("access_token").asString()).status()).isEqualTo(200);

        ApiClient.Response again = api.post("/api/v1/auth/refresh", null,
                Map.of("refresh_token", first.get("refresh_token").asString()));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body().get("type").asString()).isEqualTo("urn:patritech:problem:invalid-refresh-token");
    }

    @Test
    void presentingASpentRefreshTokenRevokesTheWholeChain() {
        JsonNode first = tokenRequest(user.email(), ApiUsers.PASSWORD).body();
        JsonNode second = api.post("/api/v1/auth/refresh", null,
                Map.of("refresh_token", first.get("refresh_token").asString())).body();
        // A thief replays the first (spent) token: the legitimate newest one must die with it.
        api.post("/api/v1/auth/refresh", null, Map.of("refresh_token", first.get("refresh_token").asString()));
        ApiClient.Response legit = api.post("/api/v1/auth/refresh", null,
                Map.of("refresh_token", second.get("refresh_token").asString()));
        assertThat(legit.status()).isEqualTo(401);
    }

    @Test
    void userWhoMustStillChangeTheirPasswordGetsNoToken() {
        var fresh = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        ApiClient.Response response = tokenRequest(fresh.email(), TestUsers.PASSWORD);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("type").asString()).isEqualTo("urn:patritech:problem:password-change-required");
    }

    @Test
    void apiIsStatelessAndAnswers401ProblemsWithoutAToken() {
        ApiClient.Response response = api.get("/api/v1/assets", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.header("Set-Cookie")).isNull();
        ApiClient.Response ok = tokenRequest(user.email(), ApiUsers.PASSWORD);
        assertThat(ok.header("Set-Cookie")).isNull();
    }

    @Test
    void usernamesOfAnyLengthAreAnswered401ProblemsNot500() {
        for (int length : new int[] {254, 255, 5_000}) {
            ApiClient.Response response = tokenRequest("a".repeat(length - 13) + "@teste.gov.br", "senha-errada-123");
            assertThat(response.status()).as("username of %d characters", length).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void switchingBetweenEmailAndCpfDoesNotBuyMoreGuesses() {
        for (int i = 0; i < 4; i++) {
            ApiClient.Response wrong = tokenRequest(i % 2 == 0 ? user.email() : user.cpf(), "senha-errada-123");
            assertThat(wrong.body().get("type").asString()).isEqualTo("urn:patritech:problem:bad-credentials");
        }
        ApiClient.Response fifth = tokenRequest(user.cpf(), "senha-errada-123");
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.body().get("type").asString()).isEqualTo("urn:patritech:problem:account-locked");
        assertThat(tokenRequest(user.email(), ApiUsers.PASSWORD).body().get("type").asString())
                .isEqualTo("urn:patritech:problem:account-locked");
    }
}
