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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** GET /api/v1/reports/{kind} as an integrator sees it: the file, its totals, scope and the problems. */
@ApiTest
class ReportsApiTest {

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
        long category = fixtures.newCategory("REP");
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

    private HttpResponse<byte[]> report(String path, String token, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/reports/" + path)).header("Authorization", "Bearer " + token);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theRegisterOfAUnitIsAPdfWithItsTotalToTheCent() throws Exception {
        HttpResponse<byte[]> response = report("patrimonial?unitId=" + own.unitId(), gestor, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("relatorio-patrimonial-").contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Total geral: 2 bens R$ 3.300,10", "Projetor",
                    "página 1 de 1").doesNotContain("Armário");
        }
    }

    @Test
    void acquisitionsAsEnglishCsvAndOnlyTheGestorsUnits() throws Exception {
        HttpResponse<byte[]> response = report("acquisitions?format=csv&from=2025-03-01&to=2025-03-31", gestor, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new String(response.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("Date,Tombo,Description,Unit,");
        assertThat(lines).hasSize(4).last().asString().startsWith("Grand total: 2 assets").endsWith(",3300.10");
    }

    @Test
    void aBadPeriodAnUnknownKindOrFormatAre400AndAUnitOutOfScopeIs404() throws Exception {
        assertProblem(report("write-offs?from=2026-02-01&to=2026-01-01", admin, "en"), 400, "\"to\"", "on or after");
        assertProblem(report("write-offs?from=2020-01-01&to=2026-01-01", admin, null), 400, "\"to\"", "5 anos");
        assertProblem(report("transfers?from=2026-13-01&to=2026-01-01", admin, null), 400, "from", "");
        assertProblem(report("everything", admin, null), 400, "kind", "patrimonial");
        assertProblem(report("patrimonial?format=docx", admin, null), 400, "format", "pdf ou csv");
        assertProblem(report("patrimonial?unitId=" + other.unitId(), gestor, null), 404, "", "");
        assertProblem(report("patrimonial?unitId=999999999", admin, null), 404, "", "");
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String field, String text) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(field).contains(text);
    }
}
