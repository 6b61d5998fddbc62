package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default (H2 file under ./data, as a developer or a small office runs it) must keep every write it
 * answered: registrations are answered 201 from several threads, the process is killed with SIGKILL mid-burst,
 * and after a restart on the same directory every answered asset is there with its tombo, and no tombo is handed
 * out twice. Runs its own instance (not the shared {@link RunningApp}) with the default datasource URL.
 */
class CrashDurabilityE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WRITERS = 8;
    private static final int ANSWERED_BEFORE_KILL = 300;
    private static final int SIGKILL_EXIT_CODE = 128 + 9;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAnsweredRegistrationSurvivesKill9AndNoTomboIsIssuedTwice() throws Exception {
        Path dir = Files.createTempDirectory("patritech-crash");
        App first = App.start(dir, "e2e-crash-app-1.log");
        String token = token(first);
        Map<String, Object> newAsset = newAssetPayload(first, token);

        Map<Long, String> answered = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.submit(() -> registerUntilStopped(first, token, newAsset, answered, stop));
        }
        awaitAtLeast(answered, ANSWERED_BEFORE_KILL, first);
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).as("killed with SIGKILL, no shutdown hook ran")
                .isEqualTo(SIGKILL_EXIT_CODE);

        System.out.printf("CrashDurabilityE2E: %d registrations answered 201 before kill -9%n", answered.size());
        App second = App.start(dir, "e2e-crash-app-2.log");
        try {
            String again = token(second);
            List<Long> lost = new ArrayList<>();
            Map<Long, String> changedTombo = new HashMap<>();
            answered.forEach((id, tombo) -> {
                HttpResponse<String> read = send(second, get("/api/v1/assets/" + id, again));
                if (read.statusCode() != 200) {
                    lost.add(id);
                } else if (!tombo.equals(json(read).get("tombo").asString())) {
                    changedTombo.put(id, json(read).get("tombo").asString());
                }
            });
            assertThat(lost).as("answered 201 (of %d) but missing after the crash", answered.size()).isEmpty();
            assertThat(changedTombo).as("tombo changed after the crash").isEmpty();

            List<String> allTombos = allTombos(second, again);
            assertThat(allTombos).as("no tombo twice").doesNotHaveDuplicates();

            Set<String> newTombos = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> created = send(second, post("/api/v1/assets", again, newAsset));
                assertThat(created.statusCode()).isEqualTo(201);
                assertThat(answered).doesNotContainKey(json(created).get("id").asLong());
                newTombos.add(json(created).get("tombo").asString());
            }
            assertThat(newTombos).as("tombos issued after the restart").hasSize(10)
                    .doesNotContainAnyElementsOf(answered.values());
        } finally {
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void registerUntilStopped(App app, String token, Map<String, Object> asset, Map<Long, String> answered,
                                      AtomicBoolean stop) {
        while (!stop.get() && app.process.isAlive()) {
            try {
                HttpResponse<String> response = http.send(post("/api/v1/assets", token, asset).apply(app),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    JsonNode body = json(response);
                    answered.put(body.get("id").asLong(), body.get("tombo").asString());
                }
            } catch (IOException killedMidRequest) {
                // not answered, so not promised: nothing to check for this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void awaitAtLeast(Map<Long, String> answered, int count, App app) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (answered.size() < count) {
            if (Instant.now().isAfter(deadline) || !app.process.isAlive()) {
                throw new IllegalStateException("Only " + answered.size() + " registrations answered; see " + app.log);
            }
            RunningApp.sleep(20);
        }
    }

    private Map<String, Object> newAssetPayload(App app, String token) {
        JsonNode unit = json(send(app, get("/api/v1/units", token))).get(0);
        JsonNode room = json(send(app, get("/api/v1/rooms?unitId=" + unit.get("id").asLong(), token))).get(0);
        JsonNode category = json(send(app, get("/api/v1/categories", token))).get(0);
        return Map.of("name", "Cadeira de teste de queda", "categoryId", category.get("id").asLong(),
                "unitId", unit.get("id").asLong(), "roomId", room.get("id").asLong(),
                "acquisitionValue", "350.00", "acquisitionDate", "2025-03-10");
    }

    private List<String> allTombos(App app, String token) {
        List<String> tombos = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = json(send(app, get("/api/v1/assets?size=200&sort=tombo,asc&page=" + page, token)));
            body.get("content").forEach(row -> tombos.add(row.get("tombo").asString()));
            if (page + 1 >= body.get("totalPages").asInt()) {
                return tombos;
            }
        }
    }

    private String token(App app) {
        HttpResponse<String> response = send(app, post("/api/v1/auth/token", null,
                Map.of("username", RunningApp.ADMIN_LOGIN, "password", RunningApp.ADMIN_PASSWORD)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    private interface RequestTo {
        HttpRequest apply(App app);
    }

    private static RequestTo get(String path, String token) {
        return app -> HttpRequest.newBuilder(URI.create(app.base + path)).header("Authorization", "Bearer " + token)
                .GET().build();
    }

    private static RequestTo post(String path, String token, Object body) {
        return app -> {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return builder.build();
        };
    }

    private HttpResponse<String> send(App app, RequestTo request) {
        try {
            return http.send(request.apply(app), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The production jar on the DEFAULT datasource URL, its ./data inside {@code dir}. */
    private record App(Process process, String base, Path log) {

        static App start(Path dir, String logName) throws IOException {
            Path jar = Path.of(System.getProperty("patritech.jar", "target/patritech-1.0.0-SNAPSHOT.jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException("Build the jar first (./mvnw verify -Pe2e does): " + jar);
            }
            int port = RunningApp.freePort();
            Path log = Path.of("target", logName).toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port)
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("SPRING_DATASOURCE_URL");
            builder.environment().put("PATRITECH_ADMIN_USERNAME", RunningApp.ADMIN_LOGIN);
            builder.environment().put("PATRITECH_ADMIN_PASSWORD", RunningApp.ADMIN_PASSWORD);
            builder.environment().put("PATRITECH_DEMO_DATA", "true");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            App app = new App(process, "http://localhost:" + port, log);
            RunningApp.awaitReady(app.base, process, log);
            return app;
        }
    }
}
