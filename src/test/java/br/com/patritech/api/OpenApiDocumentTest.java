package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is public and describes every /api/v1 endpoint, its errors and the bearer scheme. */
@ApiTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumented() {
        ApiClient.Response response = new ApiClient(port).get("/api/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.body().get("paths");
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || pattern.equals("/api/v1/**")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    endpoints++;
                    JsonNode operation = paths.path(pattern).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + pattern);
                    } else if (operation.path("responses").path("400").isMissingNode()) {
                        missing.add(method + " " + pattern + " (no error responses)");
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(20);
        assertThat(missing).as("undocumented endpoints").isEmpty();
    }

    @Test
    void bearerSchemeIsDescribedAndSwaggerUiIsReachable() {
        ApiClient api = new ApiClient(port);
        JsonNode doc = api.get("/api/openapi.json", null).body();
        JsonNode scheme = doc.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.path("components").path("schemas").has("ProblemDetail")).isTrue();
        assertThat(api.get("/api/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
