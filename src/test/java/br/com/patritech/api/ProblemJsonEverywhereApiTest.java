package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.security.Role;

/**
 * Every error under /api is RFC 9457 problem+json, also those produced before Spring MVC (Tomcat's request
 * parsing, the security firewall, the /error page). Sent over a raw socket, since HTTP clients refuse to send
 * most of these requests.
 */
@ApiTest
class ProblemJsonEverywhereApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    String token;

    @BeforeEach
    void setUp() {
        token = new ApiClient(port).token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
    }

    record Raw(String name, String request, int status) {
    }

    private List<Raw> requests() {
        String auth = "Authorization: Bearer " + token + "\r\n";
        String huge = "X-Big: " + "a".repeat(20_000) + "\r\n";
        return List.of(
                new Raw("invalid character in the path", "GET /api/v1/assets/a|b HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Connection: close\r\n\r\n", 400),
                new Raw("invalid percent-encoding in the path", "GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Connection: close\r\n\r\n", 400),
                new Raw("encoded slash", "GET /api/v1/assets%2F1 HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Connection: close\r\n\r\n", 400),
                new Raw("header without a colon", "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nBroken header\r\n"
                        + "Connection: close\r\n\r\n", 400),
                new Raw("headers too large", "GET /api/v1/me HTTP/1.1\r\nHost: x\r\n" + huge
                        + "Connection: close\r\n\r\n", 400),
                new Raw("semicolon rejected by the firewall", "GET /api/v1/me;x=1 HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Connection: close\r\n\r\n", 400),
                new Raw("parent segment", "GET /api/v1/assets/%2e%2e/me HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Connection: close\r\n\r\n", 400),
                new Raw("method not allowed", "DELETE /api/v1/me HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Connection: close\r\n\r\n", 405),
                new Raw("not acceptable", "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n" + auth
                        + "Connection: close\r\n\r\n", 406),
                new Raw("unsupported media type", "POST /api/v1/units HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Content-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab", 415));
    }

    @Test
    void everyErrorIsProblemJson() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Raw raw : requests()) {
            String answer = send(raw.request());
            int status = Integer.parseInt(answer.substring(9, 12));
            String head = answer.substring(0, Math.max(answer.indexOf("\r\n\r\n"), 0)).toLowerCase(Locale.ROOT);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            boolean problem = head.contains("content-type: application/problem+json") && isProblem(body, status);
            boolean statusOk = status == raw.status();
            if (!problem || !statusOk) {
                wrong.add(raw.name() + ": " + answer.substring(0, Math.min(answer.length(), 400)));
            }
        }
        assertThat(wrong).as("errors that are not problem+json with the expected status").isEmpty();
    }

    private static boolean isProblem(String body, int status) {
        String json = body.contains("{") ? body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1) : "";
        try {
            JsonNode node = JSON.readTree(json);
            return node.path("status").asInt() == status && !node.path("detail").asString("").isBlank()
                    && node.path("type").asString("").startsWith("urn:patritech:problem:");
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            try {
                while ((read = in.read(buffer)) != -1) {
                    answer.write(buffer, 0, read);
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException closed) {
                // Tomcat may reset after answering a request it could not parse; what came is enough.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
