package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** /api/v1/imports as an integrator uses it: upload, follow the job, read the errors and the refused rows. */
@ApiTest
class ImportsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    br.com.patritech.custody.CustodyFixtures people;

    ApiClient api;
    Place own;
    Place other;
    String category;
    String tag;
    String gestor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        category = jdbc.queryForObject("select name from categories where id = ?", String.class,
                fixtures.newCategory("API"));
        tag = "A" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36).toUpperCase();
        gestor = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE))
                .email(), ApiUsers.PASSWORD);
    }

    /** A spreadsheet with a good row, a row for a unit the gestor does not manage, and a bad value. */
    static String csv(String tag, String category, Place own, Place other) {
        return "Tombo;Nome;Categoria;Unidade;Valor\r\n"
                + tag + "-1;Mesa;" + category + ";" + own.unitCode() + ";1.250,00\r\n"
                + tag + "-2;Mesa;" + category + ";" + other.unitCode() + ";10,00\r\n"
                + tag + "-3;Cadeira;" + category + ";" + own.unitCode() + ";muito\r\n";
    }

    /** A multipart/form-data request as a browser or curl -F sends it. */
    static ApiClient.Response upload(ApiClient api, String token, String fileName, String content,
                                     Map<String, String> fields) {
        String boundary = "----patritech" + ThreadLocalRandom.current().nextLong(1L << 40);
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        if (content != null) {
            body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"file\";"
                    + " filename=\"").append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content)
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api.send("POST", "/api/v1/imports", token, "multipart/form-data; boundary=" + boundary,
                body.toString(), null);
    }

    static ApiClient.Response finished(ApiClient api, String token, String location) {
        long deadline = System.currentTimeMillis() + 60_000;
        ApiClient.Response job = api.get(location, token);
        while (!Set.of("DONE", "FAILED").contains(job.body().get("status").asString())
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100); // the job runs on its own thread: its row is all there is to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            job = api.get(location, token);
        }
        return job;
    }

    @Test
    void uploadFollowTheJobAndReadItsErrorsAndRefusedRows() {
        ApiClient.Response started = upload(api, gestor, "bens.csv", csv(tag, category, own, other), Map.of());
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/api/v1/imports/" + started.body().get("id").asLong());

        ApiClient.Response job = finished(api, gestor, location);
        assertThat(job.body().get("status").asString()).isEqualTo("DONE");
        assertThat(job.body().get("importedRows").asInt()).isEqualTo(1);
        assertThat(job.body().get("rejectedRows").asInt()).isEqualTo(2);

        ApiClient.Response errors = api.get(location + "/errors?size=1", gestor);
        assertThat(errors.body().get("totalElements").asLong()).isEqualTo(2);
        assertThat(errors.body().get("content").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.body().get("content").get(0).get("column").asString()).isEqualTo("Unidade");
        assertThat(errors.body().get("content").get(0).get("message").asString())
                .isEqualTo("Você não pode cadastrar bens nesta unidade");

        ApiClient.Response rejected = api.get(location + "/rejected?format=csv", gestor);
        assertThat(rejected.raw().body()).contains("Tombo;Nome;Categoria;Unidade;Valor;erro")
                .contains(tag + "-3;Cadeira").doesNotContain(tag + "-1;");
        assertThat(jdbc.queryForObject("select count(*) from assets where tombo like ?", Long.class, tag + "-%"))
                .isEqualTo(1);

        String admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        assertThat(api.get(location, admin).status()).isEqualTo(200);
        String stranger = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()),
                EnumSet.of(Permission.ASSET_CREATE)).email(), ApiUsers.PASSWORD);
        assertThat(api.get(location, stranger).status()).isEqualTo(404);
        assertThat(api.get(location + "/rejected", stranger).status()).isEqualTo(404);
    }

    @Test
    void badFilesMappingsAndRolesAreProblems() {
        ApiClient.Response pdf = upload(api, gestor, "nota.pdf", "%PDF-1.7\u0000\u0001binary", Map.of());
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.contentType()).startsWith("application/problem+json");
        assertThat(pdf.body().get("errors").get(0).get("field").asString()).isEqualTo("file");

        ApiClient.Response mapping = upload(api, gestor, "b.csv", csv(tag, category, own, other),
                Map.of("mapping", "{\"NAME\": \"Nome\", \"NOPE\": \"x\"}"));
        assertThat(mapping.status()).isEqualTo(400);
        assertThat(mapping.body().get("errors").get(0).get("field").asString()).isEqualTo("mapping");

        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("mapping", "{\"NAME\": \"Nome\", \"UNIT\": \"Nada\"}");
        ApiClient.Response unknown = upload(api, gestor, "b.csv", csv(tag, category, own, other), missing);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").toString()).contains("A planilha não tem a coluna \\\"Nada\\\"");

        ApiClient.Response noFile = upload(api, gestor, null, null, Map.of("mode", "VALID_ONLY"));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.body().get("errors").get(0).get("field").asString()).isEqualTo("file");

        String auditor = api.token(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        assertThat(upload(api, auditor, "b.csv", csv(tag, category, own, other), Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void aFileOverTheUploadLimitIs413NamingTheFile() {
        StringBuilder rows = new StringBuilder("Tombo;Nome;Categoria;Unidade;Valor\r\n");
        String row = tag + "-1;Mesa grande de reuniões com doze lugares;" + category + ";" + own.unitCode()
                + ";1.250,00\r\n";
        while (rows.length() <= 50 * 1024 * 1024) { // the default limit (PATRITECH_IMPORT_MAX_FILE_SIZE), plus a row
            rows.append(row);
        }

        ApiClient.Response tooLarge = upload(api, gestor, "enorme.csv", rows.toString(), Map.of());

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(tooLarge.body().get("errors").get(0).get("message").asString()).contains("50 MB");
        assertThat(jdbc.queryForObject("select count(*) from assets where tombo like ?", Long.class, tag + "-%"))
                .isZero();
    }

    @Test
    void aRowNamingItsResponsiblePersonPutsTheAssetInTheirCustodyPendingTheirTerm() {
        var maria = people.person(own.unitId(), "Maria " + tag);
        String keeper = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()),
                EnumSet.of(Permission.ASSET_CREATE, Permission.ASSET_EDIT)).email(), ApiUsers.PASSWORD);
        String file = "Patrimônio;Nome;Categoria;Unidade;Valor;CPF\r\n"
                + tag + "-1;Mesa;" + category + ";" + own.unitCode() + ";10,00;" + maria.cpf() + "\r\n"
                + tag + "-2;Mesa;" + category + ";" + own.unitCode() + ";10,00;123.456.789-00\r\n";

        ApiClient.Response started = upload(api, keeper, "guarda.csv", file, Map.of("mapping", "{\"TOMBO\":"
                + " \"Patrimônio\", \"NAME\": \"Nome\", \"CATEGORY\": \"Categoria\", \"UNIT\": \"Unidade\","
                + " \"ACQUISITION_VALUE\": \"Valor\", \"RESPONSIBLE_CPF\": \"CPF\"}"));
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location");
        ApiClient.Response job = finished(api, keeper, location);

        assertThat(job.body().get("importedRows").asInt()).isEqualTo(1);
        ApiClient.Response errors = api.get(location + "/errors", keeper);
        assertThat(errors.body().get("totalElements").asLong()).isEqualTo(1);
        assertThat(errors.body().get("content").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.body().get("content").get(0).get("column").asString()).isEqualTo("CPF");
        assertThat(errors.body().get("content").get(0).get("message").asString())
                .isEqualTo("CPF \"123.456.789-00\" inválido (confira os dígitos verificadores)");
        assertThat(jdbc.queryForMap("select custodian_id, custody_pending from assets where tombo = ?", tag + "-1"))
                .containsEntry("custodian_id", maria.id()).containsEntry("custody_pending", true);
        assertThat(jdbc.queryForObject("select count(*) from custody_terms where person_id = ? and acceptance is null",
                Long.class, maria.id())).isEqualTo(1);
    }

    @Test
    void theTemplateHasEveryColumnAndAnExampleRowInTheCallersLanguage() {
        ApiClient.Response csv = api.get("/api/v1/imports/template?format=csv", gestor);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("modelo-importacao-bens.csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFTombo;Nome;Descrição;Número de série;Categoria;Unidade;Sala;"
                + "Valor de aquisição;Data de aquisição;Fornecedor;Nota fiscal;Origem;Estado de conservação;"
                + "Classificação;Situação;CPF do responsável;Responsável");
        assertThat(lines[1]).contains(";4800,00;15/03/2024;").endsWith(";529.982.247-25;Maria da Silva");
        assertThat(api.send("GET", "/api/v1/imports/template?format=xlsx", gestor, null, null, null).contentType())
                .startsWith("application/vnd.openxmlformats");
        assertThat(api.get("/api/v1/imports/template?format=pdf", gestor).status()).isEqualTo(400);
    }
}
