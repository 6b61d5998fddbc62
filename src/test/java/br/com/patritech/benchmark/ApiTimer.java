package br.com.patritech.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService;

/**
 * Times GETs through the real HTTP API (Tomcat, security filter chain with JWT, JSON), and the SQL time the
 * requests cost in PostgreSQL (pg_stat_statements, when the server preloads it).
 */
final class ApiTimer {

    private static final String PASSWORD = "Benchmark-senha-99";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final JdbcTemplate jdbc;
    final boolean sqlStatistics;

    ApiTimer(int port, JdbcTemplate jdbc) {
        this.base = "http://localhost:" + port;
        this.jdbc = jdbc;
        boolean available;
        try {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForList("select pg_stat_statements_reset()");
            available = true;
        } catch (RuntimeException e) {
            available = false;
        }
        this.sqlStatistics = available;
    }

    /** A user who may call the API (first-login password change made) and the same user as a service principal. */
    record Caller(AppUser principal, String email) {
    }

    static Caller caller(TestUsers testUsers, UserService users, Role role, Set<Long> units) {
        var summary = testUsers.create(role, units, Set.of());
        AppUser principal = new AppUser(summary.id(), summary.name(), summary.email(), role, units,
                EnumSet.noneOf(Permission.class), false);
        SystemUser.callAs(new AppUser(summary.id(), summary.name(), summary.email(), role, units,
                EnumSet.noneOf(Permission.class), true), () -> users.changeOwnPassword(TestUsers.PASSWORD, PASSWORD));
        return new Caller(principal, summary.email());
    }

    /** A fresh access token (they last 15 minutes; a run at a million assets takes longer). */
    String token(Caller caller) {
        String body = "{\"username\":\"" + caller.email() + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    JsonNode get(String path, String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    void resetSql() {
        if (sqlStatistics) {
            jdbc.queryForList("select pg_stat_statements_reset()");
        }
    }

    /** SQL execution time since the last reset, in ms, excluding this bookkeeping. */
    double sqlMillis() {
        if (!sqlStatistics) {
            return Double.NaN;
        }
        Double total = jdbc.queryForObject("select coalesce(sum(total_exec_time), 0) from pg_stat_statements"
                + " where query not like '%pg_stat_statements%'", Double.class);
        return total == null ? 0 : total;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
