package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without PATRITECH_TRUSTED_PROXIES nobody may choose the request id that the logs show: the app makes its own. */
@ApiTest
class RequestIdWithoutTrustedProxyApiTest {

    @LocalServerPort
    int port;

    @Test
    void aClientsOwnRequestIdIsReplacedAndTheProblemCarriesTheNewOne() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("X-Request-Id", "chosen-by-the-client").GET().build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotEqualTo("chosen-by-the-client").matches("[0-9a-f]{32}");
        assertThat(refused.body()).contains("\"requestId\":\"" + id + "\"");
    }
}
