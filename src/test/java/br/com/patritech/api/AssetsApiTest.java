package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import br.com.patritech.users.UserService.UserSummary;

@ApiTest
class AssetsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    br.com.patritech.organization.OrganizationService organization;

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
        admin = login(apiUsers.create(Role.ADMIN, Set.of(), Set.of()));
        gestor = login(apiUsers.create(Role.GESTOR, Set.of(own.unitId()),
                EnumSet.of(Permission.ASSET_CREATE, Permission.ASSET_EDIT, Permission.ASSET_TRANSFER)));
        auditor = login(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()));
    }

    private String login(UserSummary user) {
        return api.token(user.email(), ApiUsers.PASSWORD);
    }

    private Map<String, Object> asset(Place place, String name) {
        return Map.of("name", name, "categoryId", category, "unitId", place.unitId(), "roomId", place.roomA(),
                "acquisitionValue", "1500.00", "acquisitionDate", "2025-03-10");
    }

    private ApiClient.Response create(String token, Place place, String name) {
        return api.post("/api/v1/assets", token, asset(place, name));
    }

    @Test
    void createReturns201WithLocationAndETagAndGetReturnsTheSameETag() {
        ApiClient.Response created = create(admin, own, "Notebook API");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).matches("/api/v1/assets/\\d+");
        assertThat(created.body().get("tombo").asString()).isNotBlank();
        ApiClient.Response read = api.get(created.header("Location"), admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void putHonoursIfMatch() {
        ApiClient.Response created = create(admin, own, "Mesa API");
        String path = created.header("Location");
        String etag = created.header("ETag");
        Map<String, Object> changed = new java.util.HashMap<>(asset(own, "Mesa API redonda"));

        assertThat(api.put(path, admin, null, changed).status()).isEqualTo(428);
        ApiClient.Response ok = api.put(path, admin, etag, changed);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("ETag")).isNotEqualTo(etag);

        changed.put("name", "Overwrite attempt");
        ApiClient.Response stale = api.put(path, admin, etag, changed);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get(path, admin).body().get("name").asString()).isEqualTo("Mesa API redonda");
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        ApiClient.Response created = create(admin, own, "Cadeira API");
        ApiClient.Response patched = api.patch(created.header("Location"), admin, created.header("ETag"),
                Map.of("conservation", "RUIM"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("conservation").asString()).isEqualTo("RUIM");
        assertThat(patched.body().get("name").asString()).isEqualTo("Cadeira API");
        ApiClient.Response badEnum = api.patch(created.header("Location"), admin, patched.header("ETag"),
                Map.of("conservation", "PESSIMO"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.body().get("errors").get(0).get("field").asString()).isEqualTo("conservation");
    }

    @Test
    void validationErrorsNameEveryFieldAndDuplicateTomboIsAConflict() {
        ApiClient.Response invalid = api.post("/api/v1/assets", admin, Map.of("acquisitionValue", "-5"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.body().get("type").asString()).isEqualTo("urn:patritech:problem:validation");
        assertThat(invalid.body().get("errors").findValuesAsString("field"))
                .contains("name", "categoryId", "unitId", "acquisitionValue");

        String tombo = create(admin, own, "Primeiro").body().get("tombo").asString();
        Map<String, Object> duplicate = new java.util.HashMap<>(asset(own, "Segundo"));
        duplicate.put("tombo", tombo);
        ApiClient.Response conflict = api.post("/api/v1/assets", admin, duplicate);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("errors").get(0).get("field").asString()).isEqualTo("tombo");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ApiClient.Response response = api.post("/api/v1/assets", admin, "{\"name\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).isEqualTo("urn:patritech:problem:malformed-request");
    }

    @Test
    void gestorCannotReadOrChangeAnotherUnitsAssetAndNothingChanges() {
        ApiClient.Response foreign = create(admin, other, "Geladeira de outra unidade");
        String path = foreign.header("Location");
        assertThat(api.get(path, gestor).status()).isEqualTo(404);
        assertThat(api.put(path, gestor, foreign.header("ETag"), asset(other, "Hackeada")).status()).isEqualTo(404);
        assertThat(api.patch(path, gestor, foreign.header("ETag"), Map.of("name", "Hackeada")).status()).isEqualTo(404);
        assertThat(api.post(path + "/transfer", gestor, Map.of("unitId", own.unitId())).status()).isEqualTo(404);
        assertThat(api.get(path + "/history", gestor).status()).isEqualTo(404);
        assertThat(api.get(path, admin).body().get("name").asString()).isEqualTo("Geladeira de outra unidade");
        assertThat(create(gestor, other, "Intruso").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/assets?size=200&unitId=" + other.unitId(), gestor).body().get("totalElements")
                .asLong()).isZero();
    }

    @Test
    void auditorReadsButCannotChangeAndGestorCannotWriteOffWithoutTheFlag() {
        ApiClient.Response created = create(admin, own, "Projetor API");
        String path = created.header("Location");
        assertThat(api.get(path, auditor).status()).isEqualTo(200);
        assertThat(api.put(path, auditor, created.header("ETag"), asset(own, "x")).status()).isEqualTo(403);
        assertThat(create(auditor, own, "x").status()).isEqualTo(403);
        assertThat(api.post(path + "/write-off", gestor, Map.of("date", "2026-01-10", "reason", "VENDA")).status())
                .isEqualTo(403);
    }

    @Test
    void writeOffTransferHistoryAndRevertWork() {
        ApiClient.Response created = create(admin, own, "Ar-condicionado API");
        String path = created.header("Location");
        ApiClient.Response moved = api.post(path + "/transfer", gestor, Map.of("unitId", own.unitId(),
                "roomId", own.roomB(), "note", "Nova sala"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("roomId").asLong()).isEqualTo(own.roomB());
        ApiClient.Response off = api.post(path + "/write-off", admin, Map.of("date", java.time.LocalDate.now().toString(),
                "reason", "SINISTRO", "processNumber", "23000.9/2026"));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body().get("status").asString()).isEqualTo("BAIXADO");
        assertThat(api.post(path + "/write-off/revert", gestor, Map.of("justification", "Encontrado no depósito"))
                .status()).isEqualTo(403);
        assertThat(api.post(path + "/write-off/revert", admin, Map.of("justification", "Encontrado no depósito"))
                .body().get("status").asString()).isEqualTo("ATIVO");
        assertThat(api.get(path + "/history", auditor).body().findValuesAsString("type"))
                .containsExactly("WRITE_OFF_REVERTED", "WRITTEN_OFF", "TRANSFERRED", "CREATED");
    }

    @Test
    void listIsPagedWithLimitsAndSorting() {
        for (int i = 0; i < 3; i++) {
            create(admin, own, "Item " + i);
        }
        ApiClient.Response page = api.get("/api/v1/assets?unitId=" + own.unitId() + "&size=2&page=1&sort=name,desc",
                auditor);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.body().get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.body().get("content").findValuesAsString("name")).containsExactly("Item 0");
        assertThat(page.body().get("activeValue").decimalValue()).isEqualByComparingTo("4500");
        ApiClient.Response tooBig = api.get("/api/v1/assets?size=201", auditor);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(api.get("/api/v1/assets?sort=password,asc", auditor).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/assets?status=QUEBRADO", auditor).body().get("errors").get(0).get("field")
                .asString()).isEqualTo("status");
    }

    @Test
    void assetsCannotBeDeleted() {
        ApiClient.Response created = create(admin, own, "Eterno");
        assertThat(api.delete(created.header("Location"), admin).status()).isEqualTo(405);
        assertThat(api.get("/api/v1/nothing-here", admin).status()).isEqualTo(404);
        assertThat(api.get(created.header("Location"), admin).status()).isEqualTo(200);
    }

    @Test
    void noAssetIsRegisteredIntoOrTransferredToAnInactiveUnit() {
        Place closed = fixtures.newUnit();
        br.com.patritech.security.SystemUser.call(() -> {
            var unit = organization.unit(closed.unitId());
            return organization.updateUnit(unit.id(), unit.version(),
                    new br.com.patritech.organization.OrganizationService.UnitForm(unit.code(), unit.name(), null, false));
        });
        assertValidationError(create(admin, closed, "Bem em unidade fechada"), "unitId");
        String path = create(admin, own, "Bem que fica").header("Location");
        assertValidationError(api.post(path + "/transfer", admin, Map.of("unitId", closed.unitId())), "unitId");
        assertThat(api.get(path, admin).body().get("unitId").asLong()).isEqualTo(own.unitId());
    }

    @Test
    void absurdAcquisitionValuesAreRefusedNamingTheField() {
        for (String value : new String[] {"1e20", "-1", "12.345", "1000000000.00"}) {
            String body = "{\"name\": \"Valor " + value + "\", \"categoryId\": " + category + ", \"unitId\": "
                    + own.unitId() + ", \"acquisitionValue\": " + value + ", \"acquisitionDate\": \"2025-03-10\"}";
            assertValidationError(api.post("/api/v1/assets", admin, body), "acquisitionValue");
        }
    }

    private static void assertValidationError(ApiClient.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").findValuesAsString("field")).contains(field);
    }
}
