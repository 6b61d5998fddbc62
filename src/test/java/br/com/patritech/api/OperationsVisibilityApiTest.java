package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.users.UserService.UserSummary;

/**
 * What an operator sees: the Prometheus endpoint (local only) with templated routes and the app's own series, JSON
 * log lines that carry the request id of a problem+json answer, and no secret in any log line.
 */
@ApiTest
@TestPropertySource(properties = {"logging.structured.format.console=ecs", "patritech.trusted-proxies=127.0.0.1, ::1",
        "logging.level.br.com.patritech.operations.RequestIdFilter=debug"})
@ExtendWith(OutputCaptureExtension.class)
class OperationsVisibilityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void prometheusAnswersLocallyWithTemplatedRoutesJvmPoolVaadinSignInAndBusinessSeries() {
        UserSummary admin = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        String token = api.token(admin.email(), ApiUsers.PASSWORD);
        double createdBefore = value(scrape(), "patritech_asset_events_total", "type=\"CREATED\"");
        double failuresBefore = value(scrape(), "patritech_login_attempts_total", "result=\"failure\"");
        AssetFixtures.Place place = fixtures.newUnit();
        long category = fixtures.newCategory("OBS");
        ApiClient.Response created = api.post("/api/v1/assets", token, Map.of("name", "Monitor métricas",
                "categoryId", category, "unitId", place.unitId(), "roomId", place.roomA(),
                "acquisitionValue", "900.00", "acquisitionDate", "2025-03-10"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.header("Location").replaceAll(".*/", "");
        api.get("/api/v1/assets/" + id, token);
        api.get("/api/v1/assets/987654321", token);
        api.post("/api/v1/auth/token", null, Map.of("username", admin.email(), "password", "wrong-password-1"));
        assertThat(get("/login", Map.of()).statusCode()).isEqualTo(200);
        get("/bens/123456789", Map.of());

        String metrics = scrape();

        assertThat(metrics).contains("uri=\"/api/v1/assets/{id}\"", "uri=\"/api/v1/assets\"",
                "uri=\"/api/v1/auth/token\"");
        assertThat(metrics).doesNotContain("/api/v1/assets/" + id, "987654321", "123456789");
        assertThat(uris(metrics)).allSatisfy(uri -> assertThat(uri).doesNotContainPattern("\\d{3,}"));
        assertThat(metrics).contains("http_server_requests_seconds_count{", "http_server_requests_seconds_bucket{",
                "jvm_memory_used_bytes{", "jvm_gc_", "hikaricp_connections_active{", "patritech_vaadin_sessions",
                "patritech_vaadin_uis", "patritech_backup_last_success_timestamp_seconds", "patritech_login_lockouts_total");
        assertThat(value(metrics, "patritech_asset_events_total", "type=\"CREATED\"")).isEqualTo(createdBefore + 1);
        assertThat(value(metrics, "patritech_login_attempts_total", "result=\"failure\"")).isEqualTo(failuresBefore + 1);
        assertThat(value(metrics, "patritech_asset_events_total", "type=\"TRANSFER_SENT\"")).isNotNaN();
    }

    @Autowired
    br.com.patritech.depreciation.DepreciationClosings closings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Each business action moves its own series by one, once it is done: a sign-in, a closing, an import, reads. */
    @Test
    void businessCountersMoveWithSignInsClosingsImportsAndCampaignReads() {
        UserSummary admin = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        double signInsBefore = value(scrape(), "patritech_login_attempts_total", "result=\"success\"");
        String token = api.token(admin.email(), ApiUsers.PASSWORD);
        assertThat(value(scrape(), "patritech_login_attempts_total", "result=\"success\""))
                .isEqualTo(signInsBefore + 1);

        double closingsBefore = value(scrape(), "patritech_depreciation_closings_total", "");
        SystemUser.run(() -> {
            var status = closings.status();
            java.time.YearMonth month;
            boolean reopenAfter = true;
            if (status.nextToClose() != null) {
                month = status.nextToClose();
            } else if (status.lastClosed() == null) {
                month = java.time.YearMonth.now().minusMonths(1);
            } else { // the last ended month is closed already: reopen it and close it again
                month = status.lastClosed();
                closings.reopen(month);
                reopenAfter = false;
            }
            closings.close(month);
            if (reopenAfter) {
                closings.reopen(month); // leave the calendar as other tests found it
            }
        });
        assertThat(value(scrape(), "patritech_depreciation_closings_total", "")).isEqualTo(closingsBefore + 1);

        AssetFixtures.Place place = fixtures.newUnit();
        String category = jdbc.queryForObject("select name from categories where id = ?", String.class,
                fixtures.newCategory("MET"));
        double importsBefore = value(scrape(), "patritech_import_jobs_total", "status=\"DONE\"");
        String tag = "M" + System.nanoTime() % 1_000_000_000L;
        ApiClient.Response started = ImportsApiTest.upload(api, token, "bens.csv", "Tombo;Nome;Categoria;Unidade;Valor\r\n"
                + tag + "-1;Mesa;" + category + ";" + place.unitCode() + ";1.250,00\r\n", Map.of());
        assertThat(started.status()).isEqualTo(202);
        assertThat(ImportsApiTest.finished(api, token, started.header("Location")).body().get("status").asString())
                .isEqualTo("DONE");
        assertThat(value(scrape(), "patritech_import_jobs_total", "status=\"DONE\"")).isEqualTo(importsBefore + 1);
        assertThat(value(scrape(), "patritech_import_jobs_total", "status=\"FAILED\"")).isNotNaN();

        ApiClient.Response asset = api.post("/api/v1/assets", token, Map.of("name", "Contado", "categoryId",
                fixtures.newCategory("CNT"), "unitId", place.unitId(), "roomId", place.roomB(),
                "acquisitionValue", "10.00"));
        String tombo = asset.body().get("tombo").asString();
        ApiClient.Response campaign = api.post("/api/v1/inventory/campaigns", token, Map.of("name", "Métricas",
                "unitIds", Set.of(place.unitId()), "startsOn", java.time.LocalDate.now().toString(),
                "committee", Set.of(admin.id())));
        assertThat(campaign.status()).isEqualTo(201);
        double foundBefore = value(scrape(), "patritech_inventory_reads_total", "result=\"FOUND\"");
        double unknownBefore = value(scrape(), "patritech_inventory_reads_total", "result=\"UNKNOWN\"");
        String reads = campaign.header("Location") + "/reads";
        assertThat(api.post(reads, token, Map.of("roomId", place.roomB(), "code", tombo)).status()).isEqualTo(200);
        api.post(reads, token, Map.of("roomId", place.roomB(), "code", tombo)); // repeated: not counted again
        api.post(reads, token, Map.of("roomId", place.roomB(), "code", "NAOEXISTE-" + tag));
        String metrics = scrape();
        assertThat(value(metrics, "patritech_inventory_reads_total", "result=\"FOUND\"")).isEqualTo(foundBefore + 1);
        assertThat(value(metrics, "patritech_inventory_reads_total", "result=\"UNKNOWN\"")).isEqualTo(unknownBefore + 1);
        assertThat(value(metrics, "patritech_inventory_reads_total", "result=\"MISPLACED\"")).isNotNaN();
    }

    @Test
    void theActuatorBeyondHealthIsRefusedToAClientOutsideTheMachine() {
        Map<String, String> outside = Map.of("X-Forwarded-For", "203.0.113.9");
        for (String path : List.of("/actuator/prometheus", "/actuator/env", "/actuator/metrics", "/actuator")) {
            HttpResponse<String> response = get(path, outside);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("jvm_", "http_server_requests");
        }
        assertThat(get("/actuator/health/readiness", outside).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", Map.of()).statusCode()).as("control: the local scrape").isEqualTo(200);
    }

    @Test
    void onlyTheMachineItselfAnnouncesANewVersionAndCanWithdrawIt() {
        Map<String, String> outside = Map.of("X-Forwarded-For", "203.0.113.9");
        String body = "{\"stopsInSeconds\":300}";

        assertThat(send("POST", "/actuator/newversion", body, outside).statusCode()).as("an outside client").isEqualTo(404);
        assertThat(get("/actuator/newversion", outside).statusCode()).isEqualTo(404);
        assertThat(get("/actuator/newversion", Map.of()).body()).as("the outside POST changed nothing")
                .contains("\"announced\":false");

        long before = System.currentTimeMillis() / 1000;
        HttpResponse<String> announced = send("POST", "/actuator/newversion", body, Map.of());
        try {
            assertThat(announced.statusCode()).isEqualTo(200);
            JsonNode json = JSON.readTree(announced.body());
            assertThat(json.get("announced").asBoolean()).isTrue();
            assertThat(json.get("browserTabsTold").asInt()).as("no browser tab is open in this test").isZero();
            long stopsAt = java.time.Instant.parse(json.get("stopsAt").asText()).getEpochSecond();
            assertThat(stopsAt - before).isBetween(299L, 310L);
            assertThat(get("/actuator/newversion", Map.of()).body()).contains("\"announced\":true");
        } finally {
            assertThat(send("DELETE", "/actuator/newversion", null, Map.of()).statusCode()).isEqualTo(200);
        }
        assertThat(get("/actuator/newversion", Map.of()).body()).contains("\"announced\":false");
    }

    @Test
    void jsonLogLinesCarryTheRequestIdOfTheProblemAnswer(CapturedOutput output) {
        String token = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        ApiClient.Response missing = api.get("/api/v1/assets/987654320", token);

        assertThat(missing.status()).isEqualTo(404);
        String requestId = missing.body().get("requestId").asString();
        assertThat(requestId).matches("[A-Za-z0-9._-]{8,64}").isEqualTo(missing.header("X-Request-Id"));
        List<JsonNode> lines = output.getOut().lines().filter(l -> l.startsWith("{")).map(JSON::readTree).toList();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("requestId").asString()).isEqualTo(requestId);
            assertThat(line.path("message").asString()).contains("GET /api/v1/assets/{id} -> 404");
        });
        assertThat(lines).noneSatisfy(line -> assertThat(line.toString()).contains("987654320"));
    }

    @Test
    void aTrustedProxysRequestIdIsKeptAndAnythingElseReplaced() {
        Map<String, String> viaNginx = Map.of("X-Forwarded-For", "203.0.113.5", "X-Request-Id", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        assertThat(get("/login", viaNginx).headers().firstValue("X-Request-Id"))
                .hasValue("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        String forged = get("/login", Map.of("X-Forwarded-For", "203.0.113.5", "X-Request-Id", "bad id {}<>"))
                .headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(forged).matches("[0-9a-f]{32}");
    }

    @Test
    void noPasswordTokenOrCpfReachesTheLogs(CapturedOutput output) {
        UserSummary user = apiUsers.create(Role.GESTOR, Set.of(fixtures.newUnit().unitId()), Set.of());
        ApiClient.Response issued = api.post("/api/v1/auth/token", null,
                Map.of("username", user.cpf(), "password", ApiUsers.PASSWORD));
        assertThat(issued.status()).isEqualTo(200);
        String access = issued.body().get("access_token").asString();
        String refresh = issued.body().get("refresh_token").asString();
        ApiClient.Response renewed = api.post("/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(renewed.status()).isEqualTo(200);
        api.get("/api/v1/me", access);
        api.get("/api/v1/me", access + "x");
        String wrong = "Senha-Errada-" + System.nanoTime();
        assertThat(api.post("/api/v1/auth/token", null, Map.of("username", user.cpf(), "password", wrong)).status())
                .isEqualTo(401);
        String formattedCpf = user.cpf().replaceFirst("(\\d{3})(\\d{3})(\\d{3})(\\d{2})", "$1.$2.$3-$4");

        String logs = output.getAll();
        assertThat(logs).as("control: the requests were logged").contains("POST /api/v1/auth/token -> 401");
        assertThat(logs).doesNotContain(ApiUsers.PASSWORD, wrong, user.cpf(), formattedCpf, refresh,
                renewed.body().get("refresh_token").asString(), renewed.body().get("access_token").asString());
        for (String part : access.split("\\.")) {
            assertThat(logs).doesNotContain(part);
        }
    }

    private String scrape() {
        HttpResponse<String> response = get("/actuator/prometheus", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<String> uris(String metrics) {
        Matcher m = Pattern.compile("uri=\"([^\"]*)\"").matcher(metrics);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The sample of {@code name} whose labels contain {@code label}; NaN when there is none. */
    private static double value(String metrics, String name, String label) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> l.contains(label)).map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    private HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(builder::header);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
