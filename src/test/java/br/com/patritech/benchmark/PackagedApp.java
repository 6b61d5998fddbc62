package br.com.patritech.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged production jar (target/patritech-*.jar, as the e2e journeys use it), started as the systemd unit
 * starts it ({@code --spring.profiles.active=prod}, so no demo data, production mode, the access log with each
 * request's milliseconds) against an embedded PostgreSQL of its own (defaults, {@code pg_stat_statements} preloaded
 * so the benchmark can read the SQL time of each browser action), with a known administrator and
 * {@code --patritech.bulk-assets=N}.
 */
final class PackagedApp implements AutoCloseable {

    static final String ADMIN_LOGIN = "admin@benchmark.patritech.test";
    static final String ADMIN_PASSWORD = "Admin-benchmark-senha-forte-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final EmbeddedPostgres postgres;
    final JdbcTemplate jdbc;
    final Path log;
    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private PackagedApp(EmbeddedPostgres postgres, Process process, String base, Path log) {
        this.postgres = postgres;
        this.jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static PackagedApp start(int assets, Path log) throws IOException {
        Path jar = Path.of(System.getProperty("patritech.jar", "target/patritech-1.0.0-SNAPSHOT.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first (./mvnw verify -Pbenchmark does): " + jar);
        }
        EmbeddedPostgres.Builder database = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements");
        String keep = System.getProperty("benchmark.pg-dir", "");
        if (!keep.isBlank()) { // loading 1,000,000 assets takes minutes: a kept database is loaded once
            database.setDataDirectory(Path.of(keep)).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = database.start();
        int port = freePort();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        // As deployment/systemd/patritech@.service runs it; the heap of a 2 GB server (deployment/README.md).
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.profiles.active=prod", "--patritech.bulk-assets=" + assets,
                // The session cookie is Secure in prod; Chromium keeps Secure cookies from http://localhost.
                "--patritech.api.token-requests-per-minute=100000"));
        // -Dbenchmark.app-args="--a=b --c=d": settings to compare against the same loaded database
        for (String arg : System.getProperty("benchmark.app-args", "").trim().split("\\s+")) {
            if (!arg.isBlank()) {
                command.add(arg);
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(Files.createTempDirectory("patritech-bench").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PATRITECH_ADMIN_USERNAME", ADMIN_LOGIN);
        builder.environment().put("PATRITECH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("PATRITECH_JWT_SECRET", Base64.getEncoder().encodeToString(secret));
        builder.environment().put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
        Process process = builder.start();
        PackagedApp app = new PackagedApp(postgres, process, "http://localhost:" + port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        app.awaitReady();
        return app;
    }

    String url(String path) {
        return base + path;
    }

    /** Bulk loading runs before readiness (an ApplicationRunner): 1,000,000 assets take minutes. */
    private void awaitReady() throws IOException {
        long seconds = Long.getLong("benchmark.startup-seconds", 3600);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting or loading
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The application was not ready in " + seconds + " s; see " + log.toAbsolutePath());
    }

    /** An API access token, as an integrator gets one. */
    String token(String username, String password) {
        return post("/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .get("access_token").asString();
    }

    /**
     * Creates a GESTOR of one unit through the API, as an administrator would (a new one each run, so a kept
     * database takes the next run too); answers the e-mail and the generated password.
     */
    String[] createGestor(String adminToken, long unitId) {
        int serial = (int) (System.currentTimeMillis() / 1000 % 900_000_000) + 100_000_000;
        String email = "gestora" + serial + "@benchmark.patritech.test";
        JsonNode issued = post("/api/v1/users", adminToken, "{\"name\":\"Gestora do Benchmark\",\"cpf\":\""
                + cpf(serial) + "\",\"email\":\"" + email + "\",\"role\":\"GESTOR\",\"unitIds\":[" + unitId
                + "],\"permissions\":[]}");
        return new String[] {email, issued.get("password").asString()};
    }

    /** A valid CPF (check digits computed) from its first nine digits. */
    static String cpf(int nineDigits) {
        String digits = String.format("%09d", nineDigits);
        for (int length = 9; length <= 10; length++) {
            int sum = 0;
            for (int i = 0; i < length; i++) {
                sum += (digits.charAt(i) - '0') * (length + 1 - i);
            }
            int check = 11 - sum % 11;
            digits += check >= 10 ? 0 : check;
        }
        return digits;
    }

    private JsonNode post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed, or the JVM is exiting
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
