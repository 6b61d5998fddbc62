package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
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

/** GET /api/v1/assets/export as an integrator sees it: headers, language, filter, sort and scope. */
@ApiTest
class ExchangeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    Place own;
    Place other;
    String admin;
    String gestor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        long category = fixtures.newCategory("EXA");
        admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        gestor = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE))
                .email(), ApiUsers.PASSWORD);
        for (Object[] a : new Object[][] {{own, "Projetor", "2500.10"}, {own, "Tela", "800.00"},
                {other, "Armário", "1200.00"}}) {
            Place place = (Place) a[0];
            assertThat(api.post("/api/v1/assets", admin, Map.of("name", a[1], "categoryId", category, "unitId",
                    place.unitId(), "roomId", place.roomA(), "acquisitionValue", a[2], "acquisitionDate",
                    "2025-03-10")).status()).isEqualTo(201);
        }
    }

    private HttpResponse<byte[]> export(String query, String token, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/assets/export?" + query)).header("Authorization", "Bearer " + token);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> lines(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    }

    @Test
    void csvInPortugueseByDefaultWithTheFilterAndSortOfTheList() throws Exception {
        HttpResponse<byte[]> response = export("format=csv&sort=value,asc&unitId=" + own.unitId(), admin, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("bens-").contains(".csv");
        List<String> lines = lines(response);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(";Tela;").contains(";800,00;");
        assertThat(lines.get(2)).contains(";Projetor;").contains(";2500,10;");
    }

    @Test
    void englishWhenAskedAndOnlyTheGestorsUnits() throws Exception {
        HttpResponse<byte[]> response = export("format=csv&sort=value,desc", gestor, "en");
        List<String> lines = lines(response);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("assets-");
        assertThat(lines.get(0)).startsWith("Tombo,Name,");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allMatch(l -> l.contains("," + own.unitCode() + ","));
        assertThat(lines.get(1)).contains(",2500.10,");
    }

    @Test
    void xlsxIsAWorkbookAndAnUnknownFormatIsA400Problem() throws Exception {
        HttpResponse<byte[]> xlsx = export("format=xlsx&unitId=" + own.unitId(), admin, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith('P', 'K'); // a zip, as every XLSX
        HttpResponse<byte[]> pdf = export("format=pdf", admin, null);
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("format").contains("csv ou xlsx");
    }
}
