package br.com.patritech.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks for a token as a proxy (or someone pretending to be one) would: with an X-Forwarded-For header. */
final class ForwardingClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI tokenUri;

    ForwardingClient(int port) {
        this.tokenUri = URI.create("http://localhost:" + port + "/api/v1/auth/token");
    }

    /** The status of a wrong-password token request that claims to come from {@code forwardedFor}. */
    int requestToken(String forwardedFor) {
        HttpRequest request = HttpRequest.newBuilder(tokenUri).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"ninguem@teste.gov.br\",\"password\":\"qualquer-coisa-123\"}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
