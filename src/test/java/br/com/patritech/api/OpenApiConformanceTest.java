package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.TestUsers;
import br.com.patritech.twofactor.RequiredFor;
import br.com.patritech.twofactor.TotpTestCodes;
import br.com.patritech.twofactor.TwoFactorService;

/**
 * A client generated from /api/openapi.json must work: every operation is called for real (success and its main
 * errors), and each real response must have a documented status and content type, and a body valid against the
 * documented schema (JSON Schema 2020-12 as OpenAPI 3.1 uses it, checked by networknt's validator).
 */
@ApiTest
class OpenApiConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCUMENT_URI = "https://patritech.test/openapi.json";

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private final List<HttpResponse<String>> responses = new ArrayList<>();
    private ApiClient api;
    private JsonNode document;
    private SchemaRegistry schemas;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, responses::add);
        String text = new ApiClient(port).get("/api/openapi.json", null).raw().body();
        document = JSON.readTree(text);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_URI, text)));
    }

    @Test
    void everyOperationHasASummaryAndADescription() {
        List<String> undescribed = new ArrayList<>();
        operations().forEach(op -> {
            JsonNode operation = document.path("paths").path(op.split(" ")[1]).path(op.split(" ")[0].toLowerCase(Locale.ROOT));
            if (operation.path("summary").asString("").isBlank() || operation.path("description").asString("").isBlank()) {
                undescribed.add(op);
            }
        });
        assertThat(undescribed).as("operations without summary or description").isEmpty();
    }

    @Test
    void realResponsesOfEveryOperationMatchTheDocument() {
        exerciseEveryOperation();

        Set<String> called = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            String method = response.request().method();
            String path = response.request().uri().getPath();
            String template = template(path, method);
            if (template == null) {
                wrong.add(method + " " + path + ": no such operation in the document");
                continue;
            }
            called.add(method + " " + template + " " + response.statusCode());
            String problem = check(method, template, response);
            if (problem != null) {
                wrong.add(method + " " + path + " -> " + response.statusCode() + ": " + problem);
            }
        }
        assertThat(wrong).as("responses that break the document").isEmpty();
        Set<String> notCalled = new TreeSet<>(operations());
        called.forEach(c -> notCalled.remove(c.substring(0, c.lastIndexOf(' '))));
        assertThat(notCalled).as("documented operations never called by this test").isEmpty();
    }

    /** What is wrong with this response according to the document, or null. */
    private String check(String method, String template, HttpResponse<String> response) {
        JsonNode responsesNode = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT))
                .path("responses");
        JsonNode documented = responsesNode.path(String.valueOf(response.statusCode()));
        if (documented.isMissingNode()) {
            return "status not documented (documented: " + names(responsesNode) + ")";
        }
        String body = response.body();
        if (body == null || body.isBlank()) {
            return documented.path("content").isMissingNode() || documented.path("content").isEmpty() ? null
                    : "empty body, but the document describes content";
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode content = documented.path("content");
        String mediaType = content.has(contentType) ? contentType : content.has("*/*") ? "*/*" : null;
        if (mediaType == null) {
            return "content type " + contentType + " not documented (documented: " + names(content) + ")";
        }
        if (!mediaType.contains("json")) {
            return null; // a document (PDF): its documented type is all there is to check
        }
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                + response.statusCode() + "/content/" + escape(mediaType) + "/schema";
        if (document.at(pointer).isMissingNode()) {
            return "no schema for " + mediaType;
        }
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
        var errors = schema.validate(JSON.readTree(body));
        return errors.isEmpty() ? null : "body breaks the schema: " + errors + " in " + body;
    }

    /** The token endpoint for an account with TOTP: code missing, wrong, right; and one that must enrol first. */
    private void exerciseTokensWithASecondFactor() {
        var user = apiUsers.create(Role.AUDITOR, Set.of(), Set.of());
        var principal = new AppUser(user.id(), user.name(), user.email(), Role.AUDITOR,
                Set.of(), EnumSet.noneOf(Permission.class), false);
        var twoFactor = context.getBean(TwoFactorService.class);
        var enrolment = SystemUser.callAs(principal, () -> twoFactor.startEnrolment("T"));
        SystemUser.callAs(principal, () -> twoFactor.confirmEnrolment(enrolment.secret(),
                TotpTestCodes.code(enrolment.secret(), 0)));
        Map<String, String> login = Map.of("username", user.email(), "password", ApiUsers.PASSWORD);
        api.post("/api/v1/auth/token", null, login);
        api.post("/api/v1/auth/token", null, Map.of("username", user.email(), "password", ApiUsers.PASSWORD,
                "totp", "12345x"));
        api.post("/api/v1/auth/token", null, Map.of("username", user.email(), "password", ApiUsers.PASSWORD,
                "totp", TotpTestCodes.code(enrolment.secret(), 1)));
        var admin = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        SystemUser.run(() -> twoFactor.require(RequiredFor.ADMINS));
        try {
            api.post("/api/v1/auth/token", null, Map.of("username", admin.email(), "password", ApiUsers.PASSWORD));
        } finally {
            SystemUser.run(
                    () -> twoFactor.require(RequiredFor.NOBODY));
        }
    }

    private void exerciseEveryOperation() {
        Place own = fixtures.newUnit();
        long category = fixtures.newCategory("DOC");
        var adminUser = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        String admin = api.token(adminUser.email(), ApiUsers.PASSWORD);
        String gestor = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()),
                EnumSet.of(Permission.ASSET_CREATE)).email(), ApiUsers.PASSWORD);
        String auditor = api.token(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        String json = "application/json";

        // Tokens
        ApiClient.Response tokens = api.post("/api/v1/auth/token", null,
                Map.of("username", adminUser.email(), "password", ApiUsers.PASSWORD));
        api.post("/api/v1/auth/token", null, Map.of("username", adminUser.email(), "password", "errada"));
        api.send("POST", "/api/v1/auth/token", null, json, "{\"username\":", null);
        api.post("/api/v1/auth/refresh", null, Map.of("refresh_token", tokens.body().get("refresh_token").asString()));
        api.post("/api/v1/auth/refresh", null, Map.of("refresh_token", "usado-ou-inventado"));
        exerciseTokensWithASecondFactor();

        // Account and dashboard
        api.get("/api/v1/me", admin);
        api.get("/api/v1/me", null);
        api.get("/api/v1/dashboard", gestor);
        api.send("GET", "/api/v1/me", admin, null, null, null);

        // Audit trail (ADMIN and AUDITOR)
        api.get("/api/v1/audit?size=5", auditor);
        api.get("/api/v1/audit?who=a&action=SIGN_IN&from=2020-01-01&to=2099-12-31&unitId=" + own.unitId()
                + "&page=1&size=2", admin);
        api.get("/api/v1/audit", gestor);
        api.get("/api/v1/audit?from=ontem", admin);
        api.get("/api/v1/audit", null);

        // Units
        api.get("/api/v1/units", gestor);
        String unitCode = "DOC-" + System.nanoTime() % 1_000_000;
        ApiClient.Response unit = api.post("/api/v1/units", admin, Map.of("code", unitCode, "name", "Unidade doc",
                "active", true));
        api.post("/api/v1/units", admin, Map.of("code", unitCode, "name", "De novo", "active", true));
        api.post("/api/v1/units", gestor, Map.of("code", "X-1", "name", "Sem direito", "active", true));
        api.post("/api/v1/units", admin, Map.of("name", "", "active", true));
        api.send("POST", "/api/v1/units", admin, "text/plain", "x", null);
        String unitPath = unit.header("Location");
        api.get(unitPath, admin);
        api.get("/api/v1/units/999999999", admin);
        api.put(unitPath, admin, null, Map.of("code", unitCode, "name", "Sem If-Match", "active", true));
        ApiClient.Response unitChanged = api.put(unitPath, admin, unit.header("ETag"),
                Map.of("code", unitCode, "name", "Unidade doc 2", "address", "Rua A, 1", "active", true));
        api.put(unitPath, admin, unit.header("ETag"), Map.of("code", unitCode, "name", "Velha", "active", true));
        assertThat(unitChanged.status()).isEqualTo(200);

        // Rooms
        api.get("/api/v1/rooms", admin);
        api.get("/api/v1/rooms?unitId=" + own.unitId(), gestor);
        ApiClient.Response room = api.post("/api/v1/rooms", admin, Map.of("unitId", own.unitId(), "name", "Sala doc"));
        api.post("/api/v1/rooms", admin, Map.of("name", "Sem unidade"));
        api.post("/api/v1/rooms", gestor, Map.of("unitId", own.unitId(), "name", "Sala do gestor"));
        api.get(room.header("Location"), admin);
        api.get("/api/v1/rooms/999999999", admin);
        api.put(room.header("Location"), admin, room.header("ETag"), Map.of("name", "Sala doc 2",
                "description", "Com janela"));
        api.put(room.header("Location"), admin, room.header("ETag"), Map.of("name", "Sala velha"));

        // Categories
        api.get("/api/v1/categories", auditor);
        String categoryName = "Categoria doc " + System.nanoTime();
        ApiClient.Response created = api.post("/api/v1/categories", admin,
                Map.of("name", categoryName, "tomboPrefix", "DC"));
        api.post("/api/v1/categories", admin, Map.of("name", categoryName, "tomboPrefix", "DC"));
        api.post("/api/v1/categories", auditor, Map.of("name", "Proibida", "tomboPrefix", "PR"));
        api.get(created.header("Location"), auditor);
        api.get("/api/v1/categories/999999999", auditor);
        api.put(created.header("Location"), admin, created.header("ETag"), Map.of("name", categoryName + " 2",
                "tomboPrefix", "DC"));
        api.put(created.header("Location"), admin, null, Map.of("name", "Sem If-Match", "tomboPrefix", "DC"));

        // Users
        api.get("/api/v1/users?size=5", admin);
        api.get("/api/v1/users", auditor);
        api.get("/api/v1/users?size=0", admin);
        ApiClient.Response user = api.post("/api/v1/users", admin, Map.of("name", "Pessoa doc",
                "cpf", TestUsers.randomCpf(), "email", "doc" + System.nanoTime() + "@teste.gov.br", "role", "GESTOR",
                "unitIds", Set.of(own.unitId()), "permissions", Set.of("ASSET_CREATE")));
        api.post("/api/v1/users", admin, Map.of("name", "Sem CPF", "role", "AUDITOR", "unitIds", Set.of(),
                "permissions", Set.of()));
        String userPath = "/api/v1/users/" + user.body().path("user").path("id").asLong();
        ApiClient.Response read = api.get(userPath, admin);
        api.get("/api/v1/users/999999999", admin);
        JsonNode summary = read.body();
        Map<String, Object> form = Map.of("name", "Pessoa doc 2", "cpf", summary.get("cpf").asString(),
                "email", summary.get("email").asString(), "phone", "(61) 99999-0000", "role", "GESTOR",
                "unitIds", Set.of(own.unitId()), "permissions", Set.of("ASSET_CREATE"));
        api.put(userPath, admin, null, form);
        ApiClient.Response userChanged = api.put(userPath, admin, read.header("ETag"), form);
        api.put(userPath, admin, read.header("ETag"), form);
        api.post(userPath + "/active", admin, Map.of("active", false));
        api.send("POST", userPath + "/active", admin, json, "{\"active\":true}", userChanged.header("ETag"));

        // Assets
        Map<String, Object> asset = Map.of("name", "Bem doc", "categoryId", category, "unitId", own.unitId(),
                "roomId", own.roomA(), "acquisitionValue", "1234.56", "acquisitionDate", "2025-02-03");
        ApiClient.Response made = api.post("/api/v1/assets", admin, asset);
        api.post("/api/v1/assets", admin, Map.of("acquisitionValue", "-1"));
        api.post("/api/v1/assets", auditor, asset);
        String assetPath = made.header("Location");
        api.get("/api/v1/assets?size=2&sort=name,desc&unitId=" + own.unitId(), auditor);
        api.get("/api/v1/assets?size=500", auditor);
        ApiClient.Response walkStart = api.get("/api/v1/assets?size=1&sort=tombo,asc", auditor);
        api.get("/api/v1/assets?size=1&after=" + walkStart.body().get("next").asString(), auditor);
        api.get("/api/v1/assets?after=x", auditor);
        api.get("/api/v1/assets/export?format=csv&sort=value,desc&unitId=" + own.unitId(), auditor);
        api.get("/api/v1/assets/export?format=xlsx&q=doc", gestor);
        api.get("/api/v1/assets/export?format=pdf", admin);
        api.get("/api/v1/assets/export?sort=nope", admin);
        api.get("/api/v1/assets/export", null);
        api.get("/api/v1/reports/patrimonial?unitId=" + own.unitId(), gestor);
        api.get("/api/v1/reports/acquisitions?format=csv&from=2025-01-01&to=2025-12-31", auditor);
        api.get("/api/v1/reports/write-offs?from=2026-02-01&to=2026-01-01", admin);
        api.get("/api/v1/reports/patrimonial?unitId=999999999", admin);
        api.get("/api/v1/reports/patrimonial", null);
        exerciseImports(own, category, admin, gestor, auditor);
        api.get(assetPath, gestor);
        api.get("/api/v1/assets/999999999", admin);
        Map<String, Object> replaced = new java.util.HashMap<>(asset);
        replaced.put("description", "Com nota fiscal");
        api.put(assetPath, admin, null, replaced);
        ApiClient.Response put = api.put(assetPath, admin, made.header("ETag"), replaced);
        api.put(assetPath, admin, made.header("ETag"), replaced);
        api.put(assetPath, auditor, put.header("ETag"), replaced);
        ApiClient.Response patched = api.patch(assetPath, admin, put.header("ETag"), Map.of("serialNumber", "SN-1"));
        api.patch(assetPath, admin, patched.header("ETag"), Map.of("conservation", "PESSIMO"));
        api.patch(assetPath, admin, null, Map.of("name", "Sem If-Match"));
        ApiClient.Response moved = api.post(assetPath + "/transfer", admin, Map.of("unitId", own.unitId(),
                "roomId", own.roomB(), "note", "Mudou de sala"));
        api.post(assetPath + "/transfer", admin, Map.of("unitId", own.unitId(), "roomId", own.roomB()));
        api.send("POST", assetPath + "/write-off", admin, json, "{\"date\":\"2025-01-01\",\"reason\":\"VENDA\"}",
                "\"0\"");
        api.post(assetPath + "/write-off", gestor, Map.of("date", LocalDate.now().toString(), "reason", "VENDA"));
        ApiClient.Response off = api.post(assetPath + "/write-off", admin, Map.of("date", LocalDate.now().toString(),
                "reason", "EXTRAVIO_PERDA", "processNumber", "1/2026", "note", "Sumiu"));
        api.post(assetPath + "/write-off/revert", gestor, Map.of("justification", "Achado"));
        api.post(assetPath + "/write-off/revert", admin, Map.of("justification", ""));
        api.post(assetPath + "/write-off/revert", admin, Map.of("justification", "Achado no depósito"));
        api.get(assetPath + "/history", auditor);
        api.get("/api/v1/assets/999999999/history", auditor);
        api.delete(assetPath, admin);
        exerciseInventory(own, adminUser.id(), admin, gestor, auditor, made.body().get("tombo").asString(), asset);

        // Depreciation: book value, policies, closing (closings are global: start from none closed)
        api.get(assetPath + "/book-value", gestor);
        api.get("/api/v1/assets/999999999/book-value", admin);
        api.get("/api/v1/depreciation/policies", auditor);
        String policyPath = "/api/v1/depreciation/policies/" + category;
        Map<String, Object> policy = Map.of("depreciates", true, "usefulLifeMonths", 60, "residualPercent", "10");
        api.put(policyPath, admin, null, policy);
        api.put(policyPath, gestor, "\"0\"", policy);
        api.put(policyPath, admin, "\"0\"", Map.of("depreciates", true, "usefulLifeMonths", 0, "residualPercent", "10"));
        api.put("/api/v1/depreciation/policies/999999999", admin, "\"0\"", policy);
        assertThat(api.put(policyPath, admin, "\"0\"", policy).status()).isEqualTo(200);
        api.put(policyPath, admin, "\"0\"", policy);
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        ApiClient.Response fiscalOn = exerciseFiscalSchedule(category, admin, gestor, auditor);
        long depreciating = api.post("/api/v1/assets", admin, asset).body().get("id").asLong();
        api.get("/api/v1/depreciation/closings", auditor);
        ApiClient.Response closed = api.post("/api/v1/depreciation/closings", admin, Map.of("month", "2024-04"));
        assertThat(closed.status()).isEqualTo(201);
        assertThat(closed.body().path("fiscalTotalAmount").isNull()).isFalse();
        ApiClient.Response both = api.get("/api/v1/assets/" + depreciating + "/book-value", admin);
        assertThat(both.body().path("fiscal").path("annualRatePercent").asString()).isIn("20", "20.0", "20.00");
        ApiClient.Response fiscalOff = api.put("/api/v1/depreciation/fiscal", admin, fiscalOn.header("ETag"),
                Map.of("enabled", false));
        assertThat(fiscalOff.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/assets/" + depreciating + "/book-value", admin).body().path("fiscal").isNull())
                .isTrue();
        api.post("/api/v1/depreciation/closings", admin, Map.of("month", "2024-04"));
        api.post("/api/v1/depreciation/closings", admin, Map.of("month", "abril"));
        api.post("/api/v1/depreciation/closings", gestor, Map.of("month", "2024-05"));
        api.post("/api/v1/depreciation/closings/999999999/reopen", admin, Map.of());
        api.post("/api/v1/depreciation/closings/" + closed.body().path("lastClosingId").asLong() + "/reopen", gestor, Map.of());
        api.post("/api/v1/depreciation/closings/" + closed.body().path("lastClosingId").asLong() + "/reopen", admin, Map.of());
        exerciseAdjustments(api.post("/api/v1/assets", admin, asset).body().get("id").asLong(), admin, auditor);
        assertThat(List.of(made.status(), put.status(), patched.status(), moved.status(), off.status()))
                .containsOnly(200, 201);

        // Transfers
        Place destination = fixtures.newUnit();
        ApiClient.Response shipped = api.post("/api/v1/assets", admin, asset);
        ApiClient.Response kept = api.post("/api/v1/assets", admin, asset);
        long shippedId = shipped.body().get("id").asLong();
        ApiClient.Response guide = api.post("/api/v1/transfers", admin, Map.of("assetIds", List.of(shippedId),
                "destinationUnitId", destination.unitId(), "reason", "Remanejamento", "note", "Doc"));
        api.post("/api/v1/transfers", admin, Map.of("assetIds", List.of(shippedId), "destinationUnitId",
                destination.unitId(), "reason", "De novo"));
        api.post("/api/v1/transfers", admin, Map.of("assetIds", List.of(), "reason", ""));
        api.post("/api/v1/transfers", auditor, Map.of("assetIds", List.of(shippedId), "destinationUnitId",
                destination.unitId(), "reason", "Auditor"));
        api.send("POST", "/api/v1/transfers", admin, json, "{\"assetIds\": [", null);
        String guidePath = guide.header("Location");
        api.get("/api/v1/transfers?direction=INCOMING&size=5", admin);
        api.get("/api/v1/transfers?direction=OUTGOING&unitId=" + own.unitId(), auditor);
        api.get("/api/v1/transfers?size=0", admin);
        api.get(guidePath, auditor);
        api.get("/api/v1/transfers/999999999", admin);
        api.get(guidePath + "/pdf", auditor);
        api.get("/api/v1/transfers/999999999/pdf", admin);
        api.post(guidePath + "/accept", auditor, Map.of());
        api.post(guidePath + "/refuse", admin, Map.of("reason", ""));
        api.send("POST", guidePath + "/accept", admin, json, "{\"roomId\": " + destination.roomA() + "}", "\"7\"");
        ApiClient.Response accepted = api.send("POST", guidePath + "/accept", admin, json,
                "{\"roomId\": " + destination.roomA() + "}", guide.header("ETag"));
        api.post(guidePath + "/cancel", admin, null);
        api.post("/api/v1/transfers/999999999/cancel", admin, null);
        ApiClient.Response second = api.post("/api/v1/transfers", admin, Map.of("assetIds",
                List.of(kept.body().get("id").asLong()), "destinationUnitId", destination.unitId(), "reason", "Outra"));
        ApiClient.Response refused = api.post(second.header("Location") + "/refuse", admin, Map.of("reason", "Não"));
        api.post("/api/v1/assets/" + shippedId + "/transfer", admin, Map.of("unitId", own.unitId()));
        ApiClient.Response third = api.post("/api/v1/transfers", admin, Map.of("assetIds",
                List.of(kept.body().get("id").asLong()), "destinationUnitId", destination.unitId(), "reason", "Mais"));
        ApiClient.Response cancelled = api.post(third.header("Location") + "/cancel", admin, null);
        assertThat(List.of(guide.status(), accepted.status(), second.status(), refused.status(), cancelled.status()))
                .containsExactly(201, 200, 201, 200, 200);
        exerciseCustody(own, category, admin, gestor, auditor);
        exerciseNotifications(admin, auditor);
        exerciseAttachments(own, category, admin, gestor, auditor);
    }

    private void exerciseNotifications(String admin, String auditor) {
        api.get("/api/v1/notifications?page=0&size=5", admin);
        api.get("/api/v1/notifications?size=0", admin);
        api.get("/api/v1/notifications/unread-count", auditor);
        api.post("/api/v1/notifications/999999999/read", admin, null);
        api.post("/api/v1/notifications/read-all", auditor, null);
    }

    private void exerciseAttachments(Place own, long category, String admin, String gestor, String auditor) {
        long assetId = api.post("/api/v1/assets", admin, Map.of("name", "Bem com fotos", "categoryId", category,
                "unitId", own.unitId(), "acquisitionValue", "10.00")).body().get("id").asLong();
        String files = "/api/v1/assets/" + assetId + "/attachments";
        ApiClient.Response photo = api.upload(files, admin, "foto.png", "image/png",
                br.com.patritech.attachments.TestFiles.png(64, 48));
        ApiClient.Response pdf = api.upload(files, admin, "laudo.pdf", "application/pdf",
                br.com.patritech.attachments.TestFiles.pdf());
        api.upload(files, admin, "foto.jpg", "image/jpeg", br.com.patritech.attachments.TestFiles.pdf());
        api.upload(files, gestor, "sem-direito.pdf", "application/pdf", br.com.patritech.attachments.TestFiles.pdf());
        api.upload("/api/v1/assets/999999999/attachments", admin, "x.pdf", "application/pdf",
                br.com.patritech.attachments.TestFiles.pdf());
        api.send("POST", files, admin, "application/json", "{}", null);
        api.get(files, auditor);
        api.get("/api/v1/assets/999999999/attachments", auditor);
        api.get(photo.header("Location"), auditor);
        api.get(pdf.header("Location"), auditor);
        api.get(files + "/999999999", auditor);
        api.delete(pdf.header("Location"), gestor);
        api.send("DELETE", pdf.header("Location"), admin, null, null, "\"99\"");
        ApiClient.Response deleted = api.delete(pdf.header("Location"), admin);
        api.delete(pdf.header("Location"), admin);
        assertThat(List.of(photo.status(), pdf.status(), deleted.status())).containsExactly(201, 201, 204);
    }

    private void exerciseImports(Place own, long category, String admin, String gestor, String auditor) {
        String categoryName = jdbc.queryForObject("select name from categories where id = ?", String.class, category);
        Place other = fixtures.newUnit();
        String csv = ImportsApiTest.csv("DOCIMP" + System.nanoTime() % 100000, categoryName, own, other);
        ApiClient.Response started = ImportsApiTest.upload(api, gestor, "bens.csv", csv, Map.of());
        String location = started.header("Location");
        ImportsApiTest.finished(api, gestor, location);
        ImportsApiTest.upload(api, gestor, "nota.pdf", "%PDF\u0000", Map.of());
        ImportsApiTest.upload(api, auditor, "bens.csv", csv, Map.of());
        api.get(location + "/errors?size=1", gestor);
        api.get(location + "/errors?size=0", gestor);
        api.get(location + "/errors", auditor);
        api.get(location + "/rejected?format=xlsx", admin);
        api.get(location + "/rejected?format=csv", gestor);
        api.get(location + "/rejected?format=doc", gestor);
        api.get("/api/v1/imports/999999999/rejected", admin);
        api.get("/api/v1/imports/999999999", admin);
        api.get("/api/v1/imports/template?format=xlsx", auditor);
        api.get("/api/v1/imports/template", gestor);
        api.get("/api/v1/imports/template?format=pdf", gestor);
    }

    private void exerciseCustody(Place own, long category, String admin, String gestor, String auditor) {
        Map<String, Object> asset = Map.of("name", "Bem sob custódia", "categoryId", category, "unitId", own.unitId(),
                "acquisitionValue", "99.90");
        long assetId = api.post("/api/v1/assets", admin, asset).body().get("id").asLong();
        String cpf = TestUsers.randomCpf();
        Map<String, Object> form = Map.of("name", "Responsável doc", "cpf", cpf, "registration", "M-1",
                "unitId", own.unitId(), "linkAccount", false);
        ApiClient.Response person = api.post("/api/v1/people", admin, form);
        api.post("/api/v1/people", admin, form);
        api.post("/api/v1/people", auditor, form);
        api.post("/api/v1/people", admin, Map.of("name", "", "cpf", "123"));
        String personPath = person.header("Location");
        long personId = person.body().get("id").asLong();
        api.get("/api/v1/people?size=5&q=doc", gestor);
        api.get("/api/v1/people?size=0", gestor);
        api.get(personPath, auditor);
        api.get("/api/v1/people/999999999", admin);
        Map<String, Object> changed = Map.of("name", "Responsável doc 2", "cpf", cpf, "position", "Professor",
                "email", "resp@teste.gov.br", "unitId", own.unitId(), "linkAccount", false);
        api.put(personPath, admin, null, changed);
        ApiClient.Response personChanged = api.put(personPath, admin, person.header("ETag"), changed);
        api.put(personPath, admin, person.header("ETag"), changed);
        api.post(personPath + "/active", admin, Map.of("active", false));
        api.send("POST", personPath + "/active", admin, "application/json", "{\"active\":true}",
                personChanged.header("ETag"));
        api.post(personPath + "/active", admin, Map.of("active", true));

        ApiClient.Response assigned = api.post("/api/v1/custody/assignments", admin,
                Map.of("assetIds", Set.of(assetId), "personId", personId));
        api.post("/api/v1/custody/assignments", admin, Map.of("assetIds", Set.of(), "personId", personId));
        api.post("/api/v1/custody/assignments", auditor, Map.of("assetIds", Set.of(assetId), "personId", personId));
        api.post("/api/v1/custody/assignments", gestor, Map.of("assetIds", Set.of(999999999L), "personId", personId));
        String termPath = assigned.header("Location");
        api.get("/api/v1/terms?pending=true&personId=" + personId, auditor);
        api.get("/api/v1/terms?size=999", auditor);
        api.get(termPath, gestor);
        api.get("/api/v1/terms/999999999", admin);
        ApiClient.Response pdf = api.get(termPath + "/pdf", auditor);
        api.get("/api/v1/terms/999999999/pdf", auditor);
        api.post(termPath + "/acceptance", admin, Map.of());
        api.send("POST", termPath + "/signature", admin, "application/json", "{}", "\"99\"");
        api.post(termPath + "/signature", auditor, Map.of());
        ApiClient.Response signed = api.post(termPath + "/signature", admin, Map.of());
        api.post(termPath + "/signature", admin, Map.of());
        api.get("/api/v1/assets?custodianId=" + personId + "&custodyPending=false", auditor);
        ApiClient.Response back = api.post("/api/v1/custody/returns", admin, Map.of("assetIds", Set.of(assetId)));
        api.post("/api/v1/custody/returns", admin, Map.of("assetIds", Set.of(assetId)));
        api.post("/api/v1/custody/returns", auditor, Map.of("assetIds", Set.of(assetId)));
        api.post("/api/v1/custody/returns", admin, Map.of("assetIds", Set.of(999999999L)));
        assertThat(List.of(person.status(), personChanged.status(), assigned.status(), pdf.status(), signed.status(),
                back.status())).containsExactly(201, 200, 201, 200, 200, 201);
        assertThat(pdf.contentType()).startsWith("application/pdf");
    }

    /** Inventory: last, because an open campaign freezes the unit's moves and write-offs. */
    private void exerciseInventory(Place own, long adminId, String admin, String gestor, String auditor, String tombo,
                                   Map<String, Object> asset) {
        String campaigns = "/api/v1/inventory/campaigns";
        ApiClient.Response misplaced = api.post("/api/v1/assets", admin, asset);
        ApiClient.Response missing = api.post("/api/v1/assets", admin, asset);
        Map<String, Object> form = Map.of("name", "Inventário doc", "unitIds", Set.of(own.unitId()),
                "startsOn", LocalDate.now().toString(), "committee", Set.of(adminId));
        ApiClient.Response campaign = api.post(campaigns, admin, form);
        api.post(campaigns, admin, Map.of("name", "", "unitIds", Set.of(own.unitId())));
        api.post(campaigns, gestor, form);
        api.post(campaigns, admin, form);
        String path = campaign.header("Location");
        api.get(campaigns, auditor);
        api.get(path, gestor);
        api.get(campaigns + "/999999999", admin);
        api.get(path + "/progress", auditor);
        api.post(path + "/reads", admin, Map.of("roomId", own.roomB(), "code", tombo));
        api.post(path + "/reads", admin, Map.of("roomId", own.roomB(), "code", "??"));
        api.post(path + "/reads", auditor, Map.of("roomId", own.roomB(), "code", tombo));
        api.post(path + "/reads", admin, Map.of("roomId", 999999999, "code", tombo));
        exerciseReconciliation(path, own, admin, auditor, misplaced, missing, asset);
        api.get("/api/v1/inventory/labels?roomId=" + own.roomB() + "&layout=A4_2X7&start=3", auditor);
        api.get("/api/v1/inventory/labels?unitId=" + own.unitId() + "&roomId=" + own.roomB(), admin);
        api.get("/api/v1/inventory/labels?unitId=999999999", admin);
        api.send("POST", path + "/close", admin, "application/json", "{}", "\"99\"");
        api.post(path + "/close", auditor, Map.of());
        ApiClient.Response closed = api.post(path + "/close", admin, Map.of());
        api.post(path + "/close", admin, Map.of());
        assertThat(List.of(campaign.status(), closed.status())).containsExactly(201, 200);
    }

    private void exerciseReconciliation(String path, Place own, String admin, String auditor,
                                        ApiClient.Response misplacedAsset, ApiClient.Response missingAsset,
                                        Map<String, Object> asset) {
        long misplaced = misplacedAsset.body().get("id").asLong();
        long missing = missingAsset.body().get("id").asLong();
        api.post(path + "/reads", admin, Map.of("roomId", own.roomB(), "code",
                misplacedAsset.body().get("tombo").asString()));
        api.get(path + "/misplaced?page=0&size=10", auditor);
        api.get(path + "/misplaced?size=0", admin);
        api.get(path + "/missing", auditor);
        api.get(path + "/missing?page=-1", auditor);
        api.post(path + "/misplaced/" + misplaced + "/move", auditor, Map.of());
        api.send("POST", path + "/misplaced/" + misplaced + "/move", admin, "application/json", "{}", "\"99\"");
        ApiClient.Response moved = api.post(path + "/misplaced/" + misplaced + "/move", admin, Map.of());
        api.post(path + "/misplaced/" + missing + "/move", admin, Map.of());
        api.post(path + "/missing/" + misplaced + "/not-located", admin, Map.of());
        api.post(path + "/missing/" + missing + "/not-located", auditor, Map.of());
        ApiClient.Response marked = api.post(path + "/missing/" + missing + "/not-located", admin, Map.of());
        api.post(path + "/missing/" + missing + "/not-located", admin, Map.of());
        api.send("POST", "/api/v1/inventory/assets/" + missing + "/located", admin, "application/json", "{}",
                "\"99\"");
        ApiClient.Response located = api.post("/api/v1/inventory/assets/" + missing + "/located", admin, Map.of());
        api.post("/api/v1/inventory/assets/" + missing + "/located", admin, Map.of());
        api.post("/api/v1/inventory/assets/999999999/located", admin, Map.of());
        ApiClient.Response noted = api.post(path + "/unknown-items", admin, Map.of("roomId", own.roomA(),
                "description", "Cadeira sem etiqueta"));
        api.post(path + "/unknown-items", admin, Map.of("roomId", own.roomA(), "description", ""));
        api.post(path + "/unknown-items", auditor, Map.of("roomId", own.roomA(), "description", "Mesa"));
        ApiClient.Response items = api.get(path + "/unknown-items", auditor);
        String item = path + "/unknown-items/" + items.body().get(0).get("id").asLong() + "/asset";
        api.post(item, admin, Map.of("acquisitionValue", "-1"));
        ApiClient.Response registered = api.post(item, admin, asset);
        api.post(item, admin, asset);
        api.post(path + "/unknown-items/999999999/asset", admin, asset);
        api.get(path + "/unknown-items", auditor);
        assertThat(List.of(moved.status(), marked.status(), located.status(), noted.status(), registered.status()))
                .containsExactly(200, 200, 200, 201, 201);
    }

    private Set<String> operations() {
        Set<String> operations = new LinkedHashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** The documented path this request went to: literal segments win over {parameters}. */
    private String template(String path, String method) {
        return document.path("paths").propertyStream()
                .filter(e -> e.getValue().has(method.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey)
                .filter(t -> Pattern.matches(t.replaceAll("\\{[^}]+}", "[^/]+"), path))
                .min(Comparator.comparingInt(t -> t.split("\\{").length))
                .orElse(null);
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return String.join(", ", names);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The fiscal schedule (RFB IN 1700/2017): the installation's setting and a category's fiscal rate; leaves it on,
     * with the category at 20 % a year, and answers the response that turned it on (its ETag turns it off).
     */
    private ApiClient.Response exerciseFiscalSchedule(long category, String admin, String gestor, String auditor) {
        ApiClient.Response setting = api.get("/api/v1/depreciation/fiscal", auditor);
        String etag = setting.header("ETag");
        api.put("/api/v1/depreciation/fiscal", admin, null, Map.of("enabled", true));
        api.put("/api/v1/depreciation/fiscal", gestor, etag, Map.of("enabled", true));
        api.put("/api/v1/depreciation/fiscal", admin, etag, Map.of());
        ApiClient.Response on = api.put("/api/v1/depreciation/fiscal", admin, etag, Map.of("enabled", true));
        assertThat(on.status()).isEqualTo(200);
        assertThat(api.put("/api/v1/depreciation/fiscal", admin, etag, Map.of("enabled", false)).status())
                .isEqualTo(412);
        api.get("/api/v1/depreciation/fiscal-rates", auditor);
        String ratePath = "/api/v1/depreciation/fiscal-rates/" + category;
        api.put(ratePath, admin, null, Map.of("annualRatePercent", "20"));
        api.put(ratePath, gestor, "\"0\"", Map.of("annualRatePercent", "20"));
        api.put(ratePath, admin, "\"0\"", Map.of("annualRatePercent", "150"));
        api.put("/api/v1/depreciation/fiscal-rates/999999999", admin, "\"0\"", Map.of("annualRatePercent", "20"));
        assertThat(api.put(ratePath, admin, "\"0\"", Map.of("annualRatePercent", "20")).status()).isEqualTo(200);
        api.put(ratePath, admin, "\"0\"", Map.of("annualRatePercent", "10"));
        return on;
    }

    /** Depreciation: revaluation and impairment of one asset (none closed, so today is in the first open month). */
    private void exerciseAdjustments(long assetId, String admin, String auditor) {
        String path = "/api/v1/assets/" + assetId;
        String today = LocalDate.now().toString();
        ApiClient.Response revalued = api.post(path + "/revaluations", admin, Map.of("date", today, "newValue", "5000.00",
                "reason", "Laudo de avaliação"));
        assertThat(revalued.status()).isEqualTo(200);
        api.post(path + "/revaluations", admin, Map.of("date", today, "newValue", "-1", "reason", "Laudo"));
        api.post(path + "/revaluations", admin, Map.of("date", "ontem", "newValue", "1", "reason", "Laudo"));
        api.post(path + "/impairments", admin, Map.of("date", today, "newValue", "9000.00", "reason", "Dano"));
        api.post(path + "/impairments", auditor, Map.of("date", today, "newValue", "10.00", "reason", "Dano"));
        api.post("/api/v1/assets/999999999/impairments", admin, Map.of("date", today, "newValue", "1", "reason", "Dano"));
        assertThat(api.post(path + "/impairments", admin, Map.of("date", today, "newValue", "1000.00",
                "reason", "Tela quebrada")).status()).isEqualTo(200);
        api.get(path + "/adjustments", auditor);
        api.get("/api/v1/assets/999999999/adjustments", admin);
    }
}
