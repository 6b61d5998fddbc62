package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.TestUsers;

/** Custody over HTTP: the same scoping as the screens, 409 naming the field, a real PDF, and a public verify page. */
@ApiTest
class CustodyApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    Place own;
    Place other;
    long category;
    String admin;
    String gestor;
    String auditor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        category = fixtures.newCategory("API");
        admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        gestor = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_EDIT))
                .email(), ApiUsers.PASSWORD);
        auditor = api.token(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
    }

    private long asset(Place place) {
        return api.post("/api/v1/assets", admin, Map.of("name", "Bem API", "categoryId", category,
                "unitId", place.unitId(), "acquisitionValue", "10.00")).body().get("id").asLong();
    }

    private long person(Place place, String cpf) {
        return api.post("/api/v1/people", admin, Map.of("name", "Pessoa API", "cpf", cpf, "unitId", place.unitId()))
                .body().get("id").asLong();
    }

    @Test
    void aGestorNeitherSeesNorActsOnAnotherUnitsCustodyAndAnAuditorChangesNothing() {
        long foreignAsset = asset(other);
        long foreignPerson = person(other, TestUsers.randomCpf());
        ApiClient.Response assigned = api.post("/api/v1/custody/assignments", admin,
                Map.of("assetIds", Set.of(foreignAsset), "personId", foreignPerson));
        assertThat(assigned.status()).isEqualTo(201);
        String term = assigned.header("Location");

        assertThat(api.get(term, gestor).status()).isEqualTo(404);
        assertThat(api.get(term + "/pdf", gestor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + foreignPerson, gestor).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/custody/assignments", gestor, Map.of("assetIds", Set.of(asset(own)),
                "personId", foreignPerson)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/terms?size=200", gestor).body().get("content").toString())
                .doesNotContain(term.substring(term.lastIndexOf('/') + 1) + ",\"version\"");
        assertThat(api.get(term, auditor).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/custody/returns", auditor, Map.of("assetIds", Set.of(foreignAsset))).status())
                .isEqualTo(403);
    }

    @Test
    void aRepeatedCpfIsA409NamingTheFieldAndTheTermDownloadsAsAPdf() {
        String cpf = TestUsers.randomCpf();
        long personId = person(own, cpf);
        ApiClient.Response again = api.post("/api/v1/people", gestor, Map.of("name", "Outra", "cpf", cpf,
                "unitId", own.unitId()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("cpf");

        ApiClient.Response assigned = api.post("/api/v1/custody/assignments", gestor,
                Map.of("assetIds", Set.of(asset(own)), "personId", personId));
        ApiClient.Response pdf = api.get(assigned.header("Location") + "/pdf", gestor);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.raw().body()).startsWith("%PDF-");
        assertThat(pdf.header("Content-Disposition")).contains(assigned.body().get(0).get("number").asString());
    }

    @Test
    void theVerificationPageOpensWithoutLogin() throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/verificar?n=TR-2026-000001&c=ABCDEFGHJK")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> list = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/responsaveis")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isIn(302, 401, 403); // everything else still needs a login
    }
}
