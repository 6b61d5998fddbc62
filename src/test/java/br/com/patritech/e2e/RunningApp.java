package br.com.patritech.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged production jar, started once per test JVM on a free port with a fresh H2 database, demo data
 * and a known administrator.
 */
final class RunningApp {

    static final String ADMIN_LOGIN = "admin@e2e.patritech.test";
    static final String ADMIN_PASSWORD = "Admin-e2e-senha-forte-1";

    private static RunningApp instance;

    private final String baseUrl;
    private final java.util.Map<String, String> demoPasswords;

    private RunningApp(String baseUrl, java.util.Map<String, String> demoPasswords) {
        this.baseUrl = baseUrl;
        this.demoPasswords = demoPasswords;
    }

    /** The random password the console printed for a demo user, as a newcomer would read it. */
    String demoPassword(String login) {
        String password = demoPasswords.get(login);
        if (password == null) {
            throw new IllegalStateException("No password printed for " + login + " in target/e2e-app.log");
        }
        return password;
    }

    static synchronized RunningApp get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    String url(String path) {
        return baseUrl + path;
    }

    private static RunningApp start() {
        try {
            Path jar = Path.of(System.getProperty("patritech.jar", "target/patritech-1.0.0-SNAPSHOT.jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException("Build the jar first (./mvnw verify -Pe2e does): " + jar);
            }
            int port = freePort();
            Path dir = Files.createTempDirectory("patritech-e2e");
            Path log = Path.of("target", "e2e-app.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                    "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PATRITECH_ADMIN_USERNAME", ADMIN_LOGIN);
            builder.environment().put("PATRITECH_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("PATRITECH_DEMO_DATA", "true");
            builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String base = "http://localhost:" + port;
            awaitReady(base, process, log);
            java.util.Map<String, String> passwords = new java.util.HashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\S+@patritech\\.demo)\\s+(\\S{16})\\s+\\(")
                    .matcher(Files.readString(log));
            while (m.find()) {
                passwords.put(m.group(1), m.group(2));
            }
            return new RunningApp(base, passwords);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the application", e);
        }
    }

    static void awaitReady(String base, Process process, Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        // A loaded machine (CI sharing its cores) may need longer: -De2e.ready-seconds=300
        long seconds = Long.getLong("e2e.ready-seconds", 120);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("The application did not become ready in " + seconds + " s; see "
                + log.toAbsolutePath());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static File screenshotDir() {
        File dir = new File(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));
        dir.mkdirs();
        return dir;
    }
}
