package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A client address that keeps asking for tokens gets 429 problems (its own context: a limit of 5 a minute). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patritech.api.token-requests-per-minute=5")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // both share this client's window: count it fresh first
class TokenRateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void aClientCannotEscapeTheLimitByInventingForwardedForAddresses() {
        ForwardingClient client = new ForwardingClient(port);
        int limited = 0;
        for (int i = 1; i <= 25; i++) {
            if (client.requestToken("198.51.100." + i) == 429) {
                limited++;
            }
        }
        // At most 5 a minute from this one connection's address, whatever it claims: even across a minute
        // boundary at most 10 of the 25 get through.
        assertThat(limited).isGreaterThanOrEqualTo(15);
    }
}
