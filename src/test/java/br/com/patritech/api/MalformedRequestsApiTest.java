package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Role;

/**
 * Malformed requests an integrator (or a fuzzer) sends: each one is refused with a 4xx problem+json whose detail
 * says what is wrong and, where a field is to blame, names it. None answers 500.
 */
@ApiTest
class MalformedRequestsApiTest {

    /** One request, what it should answer and the field the answer should name (null: no field). */
    record Case(String name, String method, String path, String contentType, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private String admin;
    private String assetPath;
    private String assetETag;
    private String userPath;
    private String userETag;
    private String validAsset;
    private Place place;
    private long category;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        Place place = fixtures.newUnit();
        long category = fixtures.newCategory("MAL");
        var adminUser = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        admin = api.token(adminUser.email(), ApiUsers.PASSWORD);
        validAsset = asset(place, category, "\"acquisitionDate\":\"2025-03-10\"");
        ApiClient.Response created = api.post("/api/v1/assets", admin, validAsset);
        assertThat(created.status()).isEqualTo(201);
        assetPath = created.header("Location");
        assetETag = created.header("ETag");
        var auditor = apiUsers.create(Role.AUDITOR, Set.of(), Set.of());
        userPath = "/api/v1/users/" + auditor.id();
        userETag = api.get(userPath, admin).header("ETag");
        this.place = place;
        this.category = category;
    }

    private static String asset(Place place, long category, String extra) {
        return "{\"name\":\"Bem\",\"categoryId\":" + category + ",\"unitId\":" + place.unitId() + ",\"roomId\":"
                + place.roomA() + ",\"acquisitionValue\":\"10.00\"," + extra + "}";
    }

    private String assetWith(String extra) {
        return asset(place, category, extra);
    }

    private List<Case> cases() {
        String auditorUser = "{\"name\":\"Auditora\",\"role\":\"AUDITOR\",\"email\":\"a@b.gov.br\"";
        return List.of(
                new Case("POST with Content-Type */*", "POST", "/api/v1/assets", "*/*", validAsset, 415, null),
                new Case("PUT with Content-Type */*", "PUT", assetPath, "*/*", validAsset, 415, null),
                new Case("POST with Content-Type text/plain", "POST", "/api/v1/assets", "text/plain", validAsset, 415, null),
                new Case("POST with an unparseable Content-Type", "POST", "/api/v1/assets", "json", validAsset, 415, null),
                new Case("page overflowing the offset", "GET", "/api/v1/assets?page=10737419&size=200", null, null, 400, "page"),
                new Case("users page overflowing the offset", "GET", "/api/v1/users?page=10737419&size=200", null, null, 400, "page"),
                new Case("page beyond int", "GET", "/api/v1/assets?page=99999999999", null, null, 400, "page"),
                new Case("page=-1", "GET", "/api/v1/assets?page=-1", null, null, 400, "page"),
                new Case("size=0", "GET", "/api/v1/assets?size=0", null, null, 400, "size"),
                new Case("size=-1", "GET", "/api/v1/users?size=-1", null, null, 400, "size"),
                new Case("size=abc", "GET", "/api/v1/assets?size=abc", null, null, 400, "size"),
                new Case("sort=,", "GET", "/api/v1/assets?sort=,", null, null, 400, "sort"),
                new Case("sort=", "GET", "/api/v1/assets?sort=", null, null, 400, "sort"),
                new Case("sort=name,,", "GET", "/api/v1/assets?sort=name,,asc", null, null, 400, "sort"),
                new Case("PATCH status null", "PATCH", assetPath, "application/merge-patch+json", "{\"status\":null}", 400, "status"),
                new Case("PATCH origin null", "PATCH", assetPath, "application/merge-patch+json", "{\"origin\":null}", 400, "origin"),
                new Case("PATCH with an array", "PATCH", assetPath, "application/merge-patch+json", "[1,2]", 400, null),
                new Case("PUT asset with classification null", "PUT", assetPath, "application/json",
                        assetWith("\"acquisitionDate\":\"2025-03-10\",\"classification\":null"), 400, "classification"),
                new Case("PUT user with unitIds null", "PUT", userPath, "application/json",
                        auditorUser + ",\"unitIds\":null,\"permissions\":[]}", 400, "unitIds"),
                new Case("PUT user with permissions null", "PUT", userPath, "application/json",
                        auditorUser + ",\"unitIds\":[],\"permissions\":null}", 400, "permissions"),
                new Case("POST user with unitIds null", "POST", "/api/v1/users", "application/json",
                        auditorUser + ",\"unitIds\":null,\"permissions\":[]}", 400, "unitIds"),
                new Case("date in year 0", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"0000-01-01\""), 400, "acquisitionDate"),
                new Case("date in a negative year", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"-0001-06-01\""), 400, "acquisitionDate"),
                new Case("date in year +10000", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"+10000-06-01\""), 400, "acquisitionDate"),
                new Case("write-off date in year 0", "POST", assetPath + "/write-off", "application/json",
                        "{\"date\":\"0000-01-01\",\"reason\":\"VENDA\"}", 400, "date"),
                new Case("NUL in a name", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"2025-03-10\",\"description\":\"a\\u0000b\""), 400, "description"),
                new Case("NUL in a patched name", "PATCH", assetPath, "application/merge-patch+json",
                        "{\"name\":\"x\\u0000\"}", 400, "name"),
                new Case("NUL in a unit code", "POST", "/api/v1/units", "application/json",
                        "{\"code\":\"NUL\\u0000\",\"name\":\"Unidade\",\"active\":true}", 400, "code"),
                new Case("malformed JSON", "POST", "/api/v1/assets", "application/json", "{\"name\": ", 400, null),
                new Case("missing body", "POST", "/api/v1/assets", "application/json", "", 400, null),
                new Case("array instead of object", "POST", "/api/v1/categories", "application/json", "[]", 400, null),
                new Case("string instead of object", "POST", "/api/v1/units", "application/json", "\"x\"", 400, null),
                new Case("value that is not a number", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"2025-03-10\",\"acquisitionValue\":\"abc\""), 400, "acquisitionValue"),
                new Case("huge value", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"2025-03-10\",\"acquisitionValue\":1e400"), 400, "acquisitionValue"),
                new Case("id beyond long", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"2025-03-10\",\"categoryId\":99999999999999999999999"), 400, "categoryId"),
                new Case("unknown enum", "POST", "/api/v1/assets", "application/json",
                        assetWith("\"acquisitionDate\":\"2025-03-10\",\"origin\":\"ROUBADO\""), 400, "origin"),
                new Case("NUL in a query parameter", "GET", "/api/v1/assets?q=a%00b", null, null, 400, "q"),
                new Case("NUL in a users query", "GET", "/api/v1/users?q=%00", null, null, 400, "q"),
                new Case("unknown enum in a query", "GET", "/api/v1/assets?classification=NOVO", null, null, 400, "classification"),
                new Case("negative id", "GET", "/api/v1/assets/-1", null, null, 404, null),
                new Case("id that is not a number", "GET", "/api/v1/assets/abc", null, null, 400, "id"),
                new Case("id beyond long in the path", "GET", "/api/v1/units/99999999999999999999", null, null, 400, "id"));
    }

    @Test
    void everyMalformedRequestIsA4xxProblemNamingTheField() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            HttpResponse<String> response = send(c);
            String verdict = verdict(c, response);
            if (verdict != null) {
                wrong.add(c + ": " + verdict + " -> " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("") + " " + response.body());
            }
        }
        assertThat(wrong).as("requests not answered as expected").isEmpty();
    }

    private HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .header("Authorization", "Bearer " + admin);
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        if (c.method().equals("PUT") || c.method().equals("PATCH")) {
            builder.header("If-Match", c.path().startsWith("/api/v1/users") ? userETag : assetETag);
        }
        builder.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body()));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String verdict(Case c, HttpResponse<String> response) {
        if (response.statusCode() != c.status()) {
            return "expected " + c.status();
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "not problem+json";
        }
        JsonNode body = JSON.readTree(response.body());
        if (body.path("detail").asString("").isBlank()) {
            return "no detail";
        }
        if (c.field() != null && !body.path("errors").findValuesAsString("field").contains(c.field())) {
            return "does not name " + c.field();
        }
        return null;
    }
}
