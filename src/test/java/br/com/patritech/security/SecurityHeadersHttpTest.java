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
        assertThat(csp).contains("default-src 'self'", "style-src 'self' 'unsafe-inline'", "object-src 'none'",
                "base-uri 'self'", "frame-ancestors 'none'");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(login, "Permissions-Policy")).contains("geolocation=()", "microphone=()");
        assertThat(login.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    /** script-src 'self' 'nonce-…' 'unsafe-eval': inline scripts run only with the nonce of this answer. */
    private static final Pattern NONCE_SCRIPT_SRC =
            Pattern.compile("(?:^|;)\\s*script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)' 'unsafe-eval'\\s*(?:;|$)");

    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " "))
                .findFirst().orElse("");
    }

    /** The nonce if the policy restricts scripts to this origin and the nonce, empty if it allows any inline one. */
    static java.util.Optional<String> scriptNonce(String policy) {
        java.util.regex.Matcher m = NONCE_SCRIPT_SRC.matcher(policy);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    @Test
    void theBootstrapPageRunsOnlyTheScriptsThatCarryAFreshNonce() throws Exception {
        HttpResponse<String> first = get("/login");
        HttpResponse<String> second = get("/login");
        String nonce = scriptNonce(header(first, "Content-Security-Policy")).orElseThrow(() -> new AssertionError(
                "script-src 'self' 'nonce-…' 'unsafe-eval' in " + header(first, "Content-Security-Policy")));
        assertThat(directive(header(first, "Content-Security-Policy"), "script-src"))
                .doesNotContain("'unsafe-inline'", "'strict-dynamic'");
        assertThat(scriptNonce(header(second, "Content-Security-Policy"))).as("the second load's nonce")
                .isPresent().get().isNotEqualTo(nonce);
        // Every script element of the page carries the nonce of its own answer.
        java.util.List<String> scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body()).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
        // Negative control: the policy this replaced, which let any inline script run, has no nonce to find.
        assertThat(scriptNonce("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "frame-ancestors 'none'")).isEmpty();
        assertThat(scriptNonce("script-src 'self' 'nonce-" + nonce + "' 'unsafe-inline' 'unsafe-eval'")).isEmpty();
    }

    @Test
    void otherScreenAnswersAllowNoInlineScriptAtAll() throws Exception {
        for (String path : new String[] {"/styles.css", "/icons/icon-16x16.png", "/VAADIN/no-such-file.js"}) {
            String csp = header(get(path), "Content-Security-Policy");
            assertThat(directive(csp, "script-src")).as(path).isEqualTo("script-src 'self'");
            assertThat(csp).as(path).contains("frame-ancestors 'none'");
        }
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
