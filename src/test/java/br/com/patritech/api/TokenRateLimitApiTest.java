package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A client address that keeps asking for tokens gets 429 problems (its own context: a limit of 5 a minute). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patritech.api.token-requests-per-minute=5")
@ActiveProfiles("test")
class TokenRateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void sixthRequestInAMinuteIsRefusedWith429() {
        ApiClient api = new ApiClient(port);
        Map<String, String> body = Map.of("username", "ninguem@teste.gov.br", "password", "qualquer-coisa-123");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/token", null, body).status()).isEqualTo(401);
        }
        // Windows are whole minutes: if one ended during the loop, a few more requests reach the limit again.
        ApiClient.Response limited = api.post("/api/v1/auth/token", null, body);
        for (int i = 0; i < 6 && limited.status() != 429; i++) {
            limited = api.post("/api/v1/auth/token", null, body);
        }
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.body().get("type").asString()).isEqualTo("urn:patritech:problem:rate-limited");
    }
}
