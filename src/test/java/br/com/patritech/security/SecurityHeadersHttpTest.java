package br.com.patritech.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What a browser receives over real HTTP: no session id in any URL, and the hardening headers on every chain. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersHttpTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void theSessionIdNeverTravelsInAUrl() throws Exception {
        for (String path : new String[] {"/VAADIN/", "/", "/bens", "/usuarios", "/login"}) {
            HttpResponse<String> response = get(path);
            assertThat(header(response, "Location")).as("Location of %s", path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as("body of %s", path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void screensSendAPolicyVaadinRunsWithAndTheOtherHardeningHeaders() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = header(login, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(login, "Permissions-Policy")).contains("geolocation=()", "microphone=()");
        assertThat(login.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void apiAnswersLoadNothingAndAreNeverFramed() throws Exception {
        for (String path : new String[] {"/api/v1/assets", "/api/openapi.json"}) {
            HttpResponse<String> response = get(path);
            assertThat(header(response, "Content-Security-Policy")).as(path)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void swaggerUiGetsAPolicyItCanRunWith() throws Exception {
        HttpResponse<String> docs = get("/api/docs");
        String location = header(docs, "Location");
        HttpResponse<String> page = location.isEmpty() ? docs : get(URI.create(location).getRawPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        String csp = header(page, "Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("default-src 'none'");
        // 'self' scripts only: the page must not need an inline one.
        assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as("inline <script> in Swagger UI").isFalse();
        HttpResponse<String> initializer = get("/api/swagger-ui/swagger-initializer.js");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(header(initializer, "Content-Security-Policy")).contains("script-src 'self'");
    }
}
