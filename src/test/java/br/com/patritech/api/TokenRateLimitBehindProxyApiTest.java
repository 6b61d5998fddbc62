package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Behind a configured proxy (nginx on this host) the limit applies to the client address the proxy forwards. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patritech.api.token-requests-per-minute=5", "patritech.trusted-proxies=127.0.0.1, ::1"})
@ActiveProfiles("test")
class TokenRateLimitBehindProxyApiTest {

    @LocalServerPort
    int port;

    @Test
    void theForwardedClientAddressIsLimitedAndOtherClientsAreNot() {
        ForwardingClient proxy = new ForwardingClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(proxy.requestToken("203.0.113.7")).isEqualTo(401);
        }
        // Windows are whole minutes: if one ended during the loop, a few more requests reach the limit again.
        int status = proxy.requestToken("203.0.113.7");
        for (int i = 0; i < 6 && status != 429; i++) {
            status = proxy.requestToken("203.0.113.7");
        }
        assertThat(status).isEqualTo(429);
        assertThat(proxy.requestToken("203.0.113.8")).as("another client behind the same proxy").isEqualTo(401);
    }
}
