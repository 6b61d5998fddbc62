package br.com.patritech.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.base.Cpf;
import br.com.patritech.base.DomainException;
import br.com.patritech.custody.CustodyFixtures;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermKind;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermSummary;
import br.com.patritech.base.Translations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/**
 * Spreadsheets as offices send them, imported and checked row by row (line, column, message); run on H2 and on
 * PostgreSQL. Each test has its own units, category and tombo prefix.
 */
@IntegrationTest
abstract class ImportTests {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    ImportService imports;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssetService assets;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CustodyFixtures people;

    @Autowired
    PeopleService peopleService;

    @Autowired
    TermService terms;

    Place own;
    Place other;
    long categoryId;
    String category;
    String tag;
    AppUser admin;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        categoryId = fixtures.newCategory("IM");
        category = jdbc.queryForObject("select name from categories where id = ?", String.class, categoryId);
        tag = "I" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36).toUpperCase();
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    @Test
    void windows1252WithSemicolonsAndDecimalCommaIsReadRowByRow() throws Exception {
        String csv = "Tombo;Descrição do bem;Categoria;Unidade;Sala;Valor (R$);Data de aquisição;Conservação\r\n"
                + tag + "-1;Cadeira giratória;" + category + ";" + own.unitCode() + ";Sala A;4.800,00;15/03/2024;Ótimo\r\n"
                + tag + "-2;Mesa;" + category + ";" + own.unitCode() + ";Sala A;abc;15/03/2024;Bom\r\n"
                + tag + "-3;Armário;" + category + ";NAO-EXISTE;;100,00;15/03/2024;Bom\r\n"
                + tag + "-4;Estante;" + category + ";" + own.unitCode() + ";;100,00;31/02/2024;Bom\r\n"
                + tag + "-5;;" + category + ";" + own.unitCode() + ";Sala Z;1.234.567,89;01/01/2020;regular\r\n";
        // "Ótimo" is no conservation state: the good row uses a valid one
        csv = csv.replace(";Ótimo", ";Excelente");
        ImportJob job = run(csv.getBytes(WINDOWS_1252), "bens.csv", ImportMode.VALID_ONLY, false, admin);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.importedRows()).isEqualTo(1);
        assertThat(job.rejectedRows()).isEqualTo(4);
        assertThat(rejections(job)).containsExactly(
                tuple(3, "Valor (R$)", "\"abc\": Valor inválido: escreva como 4.899,90 ou 4899.90"),
                tuple(4, "Unidade", "Unidade \"NAO-EXISTE\" não encontrada (use o código da unidade)"),
                tuple(5, "Data de aquisição", "Data \"31/02/2024\" inválida (use dd/mm/aaaa)"),
                tuple(6, "Sala", "Sala \"Sala Z\" não encontrada nesta unidade"),
                tuple(6, "Descrição do bem", "Campo obrigatório"));
        Map<String, Object> imported = jdbc.queryForMap("select a.name, a.acquisition_value, a.acquisition_date,"
                + " a.conservation, a.room_name, a.unit_code, e.type, e.note from assets a join asset_events e"
                + " on e.asset_id = a.id where a.tombo = ?", tag + "-1");
        assertThat(imported.get("name")).isEqualTo("Cadeira giratória");
        assertThat((BigDecimal) imported.get("acquisition_value")).isEqualByComparingTo("4800.00");
        assertThat(imported.get("acquisition_date").toString()).isEqualTo("2024-03-15");
        assertThat(imported).containsEntry("conservation", "EXCELENTE").containsEntry("room_name", "Sala A")
                .containsEntry("unit_code", own.unitCode()).containsEntry("type", "IMPORTED")
                .containsEntry("note", "importado de bens.csv");
    }

    @Test
    void duplicatesAreReportedAndAllOrNothingImportsNothing() throws Exception {
        run(utf8(tag + "-1,Existente," + category + "," + own.unitCode() + ",10.00"), "a.csv", ImportMode.VALID_ONLY,
                false, admin);
        String rows = tag + "-1,Repetido do banco," + category + "," + own.unitCode() + ",10.00\n"
                + tag + "-2,\"Mesa, grande\"," + category + "," + own.unitCode() + ",\"1,234.50\"\n"
                + tag + "-3,Cadeira," + category + "," + own.unitCode() + ",20.00\n"
                + tag + "-3,Cadeira de novo," + category + "," + own.unitCode() + ",20.00";

        ImportJob refused = run(utf8(rows), "b.csv", ImportMode.ALL_OR_NOTHING, false, admin);
        assertThat(refused.importedRows()).isZero();
        assertThat(refused.rejectedRows()).isEqualTo(2);
        assertThat(rejections(refused)).containsExactly(
                tuple(2, "Tombo", "Este tombo já existe (tombos nunca se repetem, nem de bens baixados)"),
                tuple(5, "Tombo", "O tombo " + tag + "-3 se repete na planilha (já na linha 4)"));
        assertThat(countTag()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from assets where tombo = ?", String.class, tag + "-1"))
                .isEqualTo("Existente");

        ImportJob partly = run(utf8(rows), "b.csv", ImportMode.VALID_ONLY, false, admin);
        assertThat(partly.importedRows()).isEqualTo(2);
        assertThat(countTag()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select acquisition_value from assets where tombo = ?", BigDecimal.class,
                tag + "-2")).isEqualByComparingTo("1234.50");
        assertThat(jdbc.queryForObject("select name from assets where tombo = ?", String.class, tag + "-3"))
                .isEqualTo("Cadeira");
    }

    @Test
    void xlsxWithRealNumbersAndDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Bens");
        Object[][] rows = {
            {"Tombo", "Nome", "Categoria", "Unidade", "Valor de aquisição", "Data de aquisição", "Classificação"},
            {tag + "-1", "Projetor", category, own.unitCode(), new BigDecimal("3500.5"), LocalDate.of(2023, 5, 2),
                "Ocioso"},
            {tag + "-2", "Notebook", category, own.unitCode(), new BigDecimal("-1"), LocalDate.of(2023, 5, 2),
                "Em uso"},
            {tag + "-3", "Tela", category, own.unitCode(), new BigDecimal("10"), LocalDate.of(2023, 5, 2), "Quebrado"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                switch (rows[r][c]) {
                    case BigDecimal n -> sheet.value(r, c, n);
                    case LocalDate d -> {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    }
                    default -> sheet.value(r, c, rows[r][c].toString());
                }
            }
        }
        workbook.finish();

        ImportJob job = run(out.toByteArray(), "bens.xlsx", ImportMode.VALID_ONLY, false, admin);

        assertThat(rejections(job)).containsExactly(
                tuple(3, "Valor de aquisição", "O valor não pode ser negativo"),
                tuple(4, "Classificação", "Opção \"Quebrado\" desconhecida"));
        Map<String, Object> imported = jdbc.queryForMap("select acquisition_value, acquisition_date, classification"
                + " from assets where tombo = ?", tag + "-1");
        assertThat((BigDecimal) imported.get("acquisition_value")).isEqualByComparingTo("3500.50");
        assertThat(imported.get("acquisition_date").toString()).isEqualTo("2023-05-02");
        assertThat(imported).containsEntry("classification", "OCIOSO");
    }

    @Test
    void aGestorImportsOnlyIntoTheirUnitsAndAnAuditorNothing() throws Exception {
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of(Permission.ASSET_CREATE));
        String rows = tag + "-1,Mesa," + category + "," + own.unitCode() + ",10.00\n"
                + tag + "-2,Mesa," + category + "," + other.unitCode() + ",10.00";

        ImportJob job = run(utf8(rows), "c.csv", ImportMode.VALID_ONLY, false, gestor);

        assertThat(rejections(job)).containsExactly(
                tuple(3, "Unidade", "Você não pode cadastrar bens nesta unidade"));
        assertThat(jdbc.queryForObject("select unit_id from assets where tombo = ?", Long.class, tag + "-1"))
                .isEqualTo(own.unitId());
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> receive(utf8(rows))))
                .isInstanceOf(AccessDeniedException.class);
        AppUser otherAdmin = testUsers.principal(Role.GESTOR, Set.of(other.unitId()), Set.of(Permission.ASSET_CREATE));
        assertThatThrownBy(() -> SystemUser.callAs(otherAdmin, () -> imports.job(job.id())))
                .isInstanceOf(br.com.patritech.base.NotFoundException.class);
    }

    @Test
    void totalsStayEqualToARecomputationAfterAnImport() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            rows.append(tag).append('-').append(i).append(",Bem ").append(i).append(',').append(category).append(',')
                    .append(i % 3 == 0 ? other.unitCode() : own.unitCode()).append(',').append(i).append(".25,")
                    .append(i % 2 == 0 ? "Ocioso" : "Em uso").append('\n');
        }
        ImportJob job = run(("Tombo,Nome,Categoria,Unidade,Valor,Classificação\n" + rows).getBytes(
                StandardCharsets.UTF_8), "d.csv", ImportMode.VALID_ONLY, false, admin);
        assertThat(job.importedRows()).isEqualTo(30);
        String order = " order by unit_id, category_id, status, classification";
        List<String> recomputed = jdbc.queryForList("select unit_id || '/' || category_id || '/' || status || '/'"
                + " || classification || '=' || count(*) || '/' || sum(acquisition_value) from assets"
                + " where unit_id in (?, ?) group by unit_id, category_id, status, classification" + order,
                String.class, own.unitId(), other.unitId());
        List<String> maintained = jdbc.queryForList("select unit_id || '/' || category_id || '/' || status || '/'"
                + " || classification || '=' || asset_count || '/' || total_value from asset_totals"
                + " where asset_count <> 0 and unit_id in (?, ?)" + order, String.class, own.unitId(), other.unitId());
        assertThat(maintained).hasSize(4).isEqualTo(recomputed);
    }

    @Test
    void refusedRowsComeBackAsAFileToFixAndTheMappingIsRemembered() throws Exception {
        String csv = "Patr.;Item;Tipo;Onde;Custo\n"
                + tag + "-1;=Mesa;" + category + ";" + own.unitCode() + ";10,00\n"
                + tag + "-2;Cadeira;" + category + ";" + own.unitCode() + ";dez\n";
        Map<ImportColumn, String> mapping = new EnumMap<>(ImportColumn.class);
        mapping.putAll(Map.of(ImportColumn.TOMBO, "Patr.", ImportColumn.NAME, "Item", ImportColumn.CATEGORY, "Tipo",
                ImportColumn.UNIT, "Onde", ImportColumn.ACQUISITION_VALUE, "Custo"));
        ImportJob job = SystemUser.callAs(admin, () -> waitFor(start(csv.getBytes(StandardCharsets.UTF_8), "e.csv",
                mapping, ImportMode.VALID_ONLY)));
        assertThat(job.importedRows()).isEqualTo(1);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemUser.callAs(admin, () -> doing(() -> imports.writeRejected(job.id(), ExportFormat.CSV,
                Translations.PT_BR, out)));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFPatr.;Item;Tipo;Onde;Custo;erro\r\n"
                + tag + "-2;Cadeira;" + category + ";" + own.unitCode() + ";dez;\"Custo: \"\"dez\"\": Valor inválido:"
                + " escreva como 4.899,90 ou 4899.90\"\r\n");
        assertThat(jdbc.queryForObject("select name from assets where tombo = ?", String.class, tag + "-1"))
                .isEqualTo("=Mesa");

        ImportPreview preview = SystemUser.callAs(admin, () -> call(() -> imports.preview(receive(out.toByteArray()))));
        assertThat(preview.mapping()).isEqualTo(mapping);
        assertThat(preview.firstRows()).hasSize(1);
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> start(csv.getBytes(StandardCharsets.UTF_8), "e.csv",
                Map.of(ImportColumn.NAME, "Item"), ImportMode.VALID_ONLY)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                        .extracting(DomainException.Violation::messageKey).containsOnly("import.mapping.required"));
    }

    @Test
    void placesNamedInTheFileAreCreatedWhenAllowed() throws Exception {
        String newCategory = "Categoria nova " + tag;
        String rows = tag + "-1,Mesa," + newCategory + "," + own.unitCode() + ",10.00,Sala nova\n";
        ImportJob job = run(("Tombo,Nome,Categoria,Unidade,Valor,Sala\n" + rows).getBytes(StandardCharsets.UTF_8),
                "f.csv", ImportMode.VALID_ONLY, true, admin);
        assertThat(job.importedRows()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select category_name, room_name from assets where tombo = ?", tag + "-1"))
                .containsEntry("category_name", newCategory).containsEntry("room_name", "Sala nova");

        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of(Permission.ASSET_CREATE));
        ImportJob refused = run(("Tombo,Nome,Categoria,Unidade,Valor\n" + tag + "-2,Mesa,Outra " + tag + ","
                + own.unitCode() + ",1.00\n").getBytes(StandardCharsets.UTF_8), "g.csv", ImportMode.VALID_ONLY, true,
                gestor);
        assertThat(rejections(refused)).containsExactly(
                tuple(2, "Categoria", "Você não tem permissão para criar \"Outra " + tag + "\""));
    }

    @Test
    void aTomboRegisteredByAnotherUserWhileTheBatchIsWrittenIsThatRowsDuplicate() throws Exception {
        String rows = tag + "-1,Mesa," + category + "," + own.unitCode() + ",10.00\n"
                + tag + "-2,Cadeira," + category + "," + own.unitCode() + ",20.00\n"
                + ",Armário sem tombo," + category + "," + own.unitCode() + ",30.00\n";

        ImportJob job = racing(tag + "-2", utf8(rows), ImportMode.VALID_ONLY);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.importedRows()).isEqualTo(2);
        assertThat(rejections(job)).containsExactly(
                tuple(3, "Tombo", "Este tombo já existe (tombos nunca se repetem, nem de bens baixados)"));
        assertThat(jdbc.queryForObject("select name from assets where tombo = ?", String.class, tag + "-2"))
                .isEqualTo("Registrado ao mesmo tempo");
        assertThat(jdbc.queryForObject("select count(*) from asset_events e join assets a on a.id = e.asset_id"
                + " where a.tombo = ? and e.type = 'IMPORTED'", Long.class, tag + "-2")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assets where name = ? and unit_id = ?", Long.class,
                "Armário sem tombo", own.unitId())).isEqualTo(1);
    }

    @Test
    void allOrNothingLeavesNothingBehindWhenALaterBatchMeetsARegisteredTombo() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= ImportRunner.BATCH; i++) { // the whole first batch is good
            rows.append(tag).append('-').append(i).append(",Bem ").append(i).append(',').append(category).append(',')
                    .append(own.unitCode()).append(",1.00\n");
        }
        String taken = tag + "-" + (ImportRunner.BATCH + 1);
        rows.append(taken).append(",Cadeira,").append(category).append(',').append(own.unitCode()).append(",2.00\n")
                .append(",Sem tombo,").append(category).append(',').append(own.unitCode()).append(",3.00\n");
        List<String> totalsBefore = totals(own.unitId());

        ImportJob job = racing(taken, utf8(rows.toString()), ImportMode.ALL_OR_NOTHING);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.importedRows()).isZero();
        assertThat(rejections(job)).containsExactly(tuple(ImportRunner.BATCH + 2, "Tombo",
                "Este tombo já existe (tombos nunca se repetem, nem de bens baixados)"));
        assertThat(countTag()).as("only the other user's asset").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from assets where unit_id = ?", Long.class, own.unitId()))
                .isZero();
        assertThat(totals(own.unitId())).isEqualTo(totalsBefore);
    }

    @Test
    void allOrNothingCreatesNoPlacesWhenNothingIsImported() throws Exception {
        String newCategory = "Categoria nova " + tag;
        String rows = tag + "-1,Mesa," + newCategory + "," + own.unitCode() + ",10.00,Sala nova " + tag + "\n"
                + tag + "-2,Mesa," + category + "," + own.unitCode() + ",dez,\n";

        ImportJob job = run(("Tombo,Nome,Categoria,Unidade,Valor,Sala\n" + rows).getBytes(StandardCharsets.UTF_8),
                "h.csv", ImportMode.ALL_OR_NOTHING, true, admin);

        assertThat(job.importedRows()).isZero();
        assertThat(rejections(job)).extracting(t -> t.toList().get(0)).containsExactly(3);
        assertThat(jdbc.queryForObject("select count(*) from categories where name = ?", Long.class, newCategory))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from rooms where name = ?", Long.class, "Sala nova " + tag))
                .isZero();
        assertThat(countTag()).isZero();

        ImportJob fixed = run(("Tombo,Nome,Categoria,Unidade,Valor,Sala\n" + rows.replace(",dez,", ",10.00,"))
                .getBytes(StandardCharsets.UTF_8), "h.csv", ImportMode.ALL_OR_NOTHING, true, admin);
        assertThat(fixed.importedRows()).isEqualTo(2);
        assertThat(jdbc.queryForMap("select category_name, room_name from assets where tombo = ?", tag + "-1"))
                .containsEntry("category_name", newCategory).containsEntry("room_name", "Sala nova " + tag);
    }

    @Test
    void aWindows1252FileNamesResponsiblePeopleWhoseTermsWaitForAcceptance() throws Exception {
        PersonSummary maria = people.person(own.unitId(), "Maria Souza " + tag);
        PersonSummary joao = people.person(own.unitId(), "João Lima " + tag);
        PersonSummary outsider = people.person(other.unitId(), "Pessoa de fora " + tag);
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()),
                Set.of(Permission.ASSET_CREATE, Permission.ASSET_EDIT));
        String unknownCpf = TestUsers.randomCpf();
        String unit = ";" + category + ";" + own.unitCode() + ";";
        String csv = "Tombo;Nome;Categoria;Unidade;Valor;CPF do responsável;Responsável\r\n"
                + tag + "-1;Cadeira" + unit + "10,00;" + Cpf.format(maria.cpf()) + ";\r\n"
                + tag + "-2;Mesa" + unit + "20,00;" + maria.cpf() + ";" + maria.name() + "\r\n"
                + tag + "-3;Armário" + unit + "30,00;;" + joao.name().toUpperCase() + "\r\n"
                + tag + "-4;Estante" + unit + "40,00;111.111.111-11;Fulano\r\n"
                + tag + "-5;Quadro" + unit + "50,00;" + unknownCpf + ";Fulano de Tal\r\n"
                + tag + "-6;Lousa" + unit + "60,00;" + outsider.cpf() + ";\r\n"
                + tag + "-7;Banco" + unit + "70,00;;Ninguém " + tag + "\r\n"
                + tag + "-8;Sofá" + unit + "80,00;;\r\n";

        ImportJob job = run(csv.getBytes(WINDOWS_1252), "guarda.csv", ImportMode.VALID_ONLY, false, gestor);

        assertThat(job.importedRows()).isEqualTo(4);
        assertThat(rejections(job)).containsExactly(
                tuple(5, "CPF do responsável", "CPF \"111.111.111-11\" inválido (confira os dígitos verificadores)"),
                tuple(6, "CPF do responsável", "Responsável \"" + unknownCpf + "\" não cadastrado"),
                tuple(7, "CPF do responsável", "Você não pode atribuir bens ao responsável \"" + outsider.cpf()
                        + "\" (ele é de uma unidade em que você não gerencia a guarda)"),
                tuple(8, "Responsável", "Responsável \"Ninguém " + tag + "\" não cadastrado"));
        assertThat(custody(tag + "-1")).isEqualTo(maria.id() + "/pending");
        assertThat(custody(tag + "-2")).isEqualTo(maria.id() + "/pending");
        assertThat(custody(tag + "-3")).isEqualTo(joao.id() + "/pending");
        assertThat(custody(tag + "-8")).isEqualTo("none");
        ByteArrayOutputStream refusedFile = new ByteArrayOutputStream();
        SystemUser.callAs(gestor, () -> doing(() -> imports.writeRejected(job.id(), ExportFormat.CSV,
                Translations.PT_BR, refusedFile)));
        assertThat(refusedFile.toString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFTombo;Nome;Categoria;Unidade;Valor;CPF do responsável;Responsável;erro\r\n")
                .contains(tag + "-5;Quadro;" + category + ";" + own.unitCode() + ";50,00;" + unknownCpf
                        + ";Fulano de Tal;");

        List<TermSummary> mariasTerms = SystemUser.callAs(gestor, () -> terms.find(
                new TermService.TermFilter(maria.id(), null, null, null), 0, 10));
        assertThat(mariasTerms).singleElement().satisfies(term -> {
            assertThat(term.kind()).isEqualTo(TermKind.RESPONSABILIDADE);
            assertThat(term.itemCount()).isEqualTo(2);
            assertThat(term.total()).isEqualByComparingTo("30.00");
            assertThat(term.pending()).isTrue();
            assertThat(term.current()).isTrue();
            assertThat(term.issuedBy()).isEqualTo(gestor.name());
        });
        long chair = jdbc.queryForObject("select id from assets where tombo = ?", Long.class, tag + "-1");
        List<AssetHistoryEntry> history = SystemUser.callAs(gestor, () -> assets.history(chair));
        assertThat(history).extracting(AssetHistoryEntry::type)
                .containsExactlyInAnyOrder(AssetEventType.IMPORTED, AssetEventType.CUSTODY_ASSIGNED);
        assertThat(history).filteredOn(e -> e.type() == AssetEventType.CUSTODY_ASSIGNED).singleElement()
                .satisfies(e -> {
                    assertThat(e.actorName()).isEqualTo(gestor.name());
                    assertThat(e.changes()).containsExactly(
                            new AssetHistoryEntry.FieldChange("custodian", null, maria.label()),
                            new AssetHistoryEntry.FieldChange("custodyTerm", null, mariasTerms.get(0).number()));
                });
        assertThat(SystemUser.callAs(gestor, () -> terms.pdf(mariasTerms.get(0).id(), Translations.PT_BR)))
                .isNotEmpty();

        // as after an assignment on the screen: the gestor records the signed paper and nothing is pending any more
        SystemUser.callAs(gestor, () -> terms.recordSigned(mariasTerms.get(0).id(), mariasTerms.get(0).version()));
        assertThat(custody(tag + "-1")).isEqualTo(maria.id() + "/accepted");
        assertThat(custody(tag + "-2")).isEqualTo(maria.id() + "/accepted");
    }

    @Test
    void anXlsxNamesPeopleByCpfNumbersAndRegistersNewOnesWhenAllowed() throws Exception {
        String leadingZero = Cpf.withCheckDigits("0" + String.format("%08d",
                ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
        PersonSummary ana = SystemUser.call(() -> peopleService.create(new PeopleService.PersonForm("Ana " + tag,
                leadingZero, null, null, null, own.unitId(), false)));
        PersonSummary retired = people.person(own.unitId(), "Aposentado " + tag);
        SystemUser.call(() -> peopleService.setActive(retired.id(), retired.version(), false));
        PersonSummary elsewhere = people.person(other.unitId(), "Outra unidade " + tag);
        people.person(own.unitId(), "Homônimo " + tag);
        people.person(own.unitId(), "Homônimo " + tag);
        String newCpf = TestUsers.randomCpf();
        String nameless = TestUsers.randomCpf();
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId(), other.unitId()),
                Set.of(Permission.ASSET_CREATE, Permission.ASSET_EDIT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Bens");
        Object[][] rows = {
            {"Tombo", "Nome", "Categoria", "Unidade", "Valor", "CPF do responsável", "Responsável"},
            {tag + "-1", "Projetor", category, own.unitCode(), new BigDecimal("100"), Long.parseLong(leadingZero), ""},
            {tag + "-2", "Notebook", category, own.unitCode(), new BigDecimal("200"), Cpf.format(newCpf),
                "Nova Pessoa " + tag},
            {tag + "-3", "Tela", category, own.unitCode(), new BigDecimal("300"), nameless, ""},
            {tag + "-4", "Mesa", category, own.unitCode(), new BigDecimal("400"), elsewhere.cpf(), ""},
            {tag + "-5", "Cadeira", category, own.unitCode(), new BigDecimal("500"), retired.cpf(), ""},
            {tag + "-6", "Armário", category, own.unitCode(), new BigDecimal("600"), newCpf, ""},
            {tag + "-7", "Banco", category, own.unitCode(), new BigDecimal("700"), "", "homônimo " + tag}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                switch (rows[r][c]) {
                    case BigDecimal n -> sheet.value(r, c, n);
                    case Long n -> sheet.value(r, c, n);
                    case String text when text.isEmpty() -> { }
                    default -> sheet.value(r, c, rows[r][c].toString());
                }
            }
        }
        workbook.finish();

        ImportJob job = run(out.toByteArray(), "guarda.xlsx", ImportMode.VALID_ONLY, true, gestor);

        assertThat(rejections(job)).containsExactly(
                tuple(4, "CPF do responsável", "Responsável \"" + nameless
                        + "\" não cadastrado: informe também o nome para cadastrá-lo"),
                tuple(5, "CPF do responsável", "O responsável \"" + elsewhere.cpf()
                        + "\" é de outra unidade: bem e responsável devem ser da mesma unidade"),
                tuple(6, "CPF do responsável", "O responsável \"" + retired.cpf()
                        + "\" está inativo e não pode receber bens"),
                tuple(8, "Responsável", "Há mais de um responsável chamado \"homônimo " + tag
                        + "\" nesta unidade: informe o CPF"));
        assertThat(custody(tag + "-1")).isEqualTo(ana.id() + "/pending");
        Map<String, Object> created = jdbc.queryForMap("select id, name, unit_id from custody_people where cpf = ?",
                newCpf);
        assertThat(created).containsEntry("name", "Nova Pessoa " + tag).containsEntry("unit_id", own.unitId());
        long createdId = ((Number) created.get("id")).longValue();
        assertThat(custody(tag + "-2")).isEqualTo(createdId + "/pending");
        assertThat(custody(tag + "-6")).as("the person registered by an earlier row").isEqualTo(createdId + "/pending");
        assertThat(SystemUser.callAs(gestor, () -> terms.find(new TermService.TermFilter(createdId, null, null, true),
                0, 10))).singleElement().extracting(TermSummary::itemCount).isEqualTo(2);
    }

    @Test
    void allOrNothingRegistersNoPersonAndIssuesNoTermWhenARowIsRefused() throws Exception {
        PersonSummary maria = people.person(own.unitId(), "Maria " + tag);
        String newCpf = TestUsers.randomCpf();
        String rows = "Tombo,Nome,Categoria,Unidade,Valor,CPF do responsável,Responsável\n"
                + tag + "-1,Mesa," + category + "," + own.unitCode() + ",10.00," + maria.cpf() + ",\n"
                + tag + "-2,Cadeira," + category + "," + own.unitCode() + ",10.00," + newCpf + ",Nova " + tag + "\n"
                + tag + "-3,Banco," + category + "," + own.unitCode() + ",10.00,,Ninguém " + tag + "\n";

        ImportJob job = run(rows.getBytes(StandardCharsets.UTF_8), "tudo.csv", ImportMode.ALL_OR_NOTHING, true, admin);

        assertThat(job.importedRows()).isZero();
        assertThat(rejections(job)).containsExactly(tuple(4, "Responsável", "Responsável \"Ninguém " + tag
                + "\" não cadastrado nesta unidade: informe também o CPF para cadastrá-lo"));
        assertThat(countTag()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from custody_people where cpf = ?", Long.class, newCpf))
                .isZero();
        assertThat(SystemUser.callAs(admin, () -> terms.count(new TermService.TermFilter(maria.id(), null, null,
                null)))).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefused() {
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> call(() -> imports.preview(
                receive(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3})))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.file.not-spreadsheet"));
    }

    // --- helpers

    /**
     * Imports the file while another user registers {@code tombo} in a transaction of their own: it is not registered
     * yet when the import checks the rows, and committed while the import writes them. The other user also registers
     * an asset without a tombo, which keeps the tombo series locked until their commit; the import's row without a
     * tombo makes it wait on that lock, after its check and before its insert.
     */
    ImportJob racing(String tombo, byte[] file, ImportMode mode) throws Exception {
        SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(categoryId, other, "Sem tombo", "1.00")));
        CountDownLatch registered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread competitor = Thread.ofPlatform().start(() -> SystemUser.callAs(admin, () -> transactions.execute(tx -> {
            AssetForm typed = AssetFixtures.form(categoryId, other, "Registrado ao mesmo tempo", "5.00");
            typed.setTombo(tombo);
            assets.create(typed);
            assets.create(AssetFixtures.form(categoryId, other, "Sem tombo", "5.00"));
            registered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        })));
        assertThat(registered.await(30, TimeUnit.SECONDS)).isTrue();
        ImportJob started = SystemUser.callAs(admin, () -> call(() -> {
            Path stored = receive(file);
            return imports.start(stored, "corrida.csv", imports.preview(stored).mapping(), mode, false,
                    Translations.PT_BR);
        }));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!someoneWaitsForALock() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        release.countDown();
        competitor.join();
        return SystemUser.callAs(admin, () -> waitFor(started));
    }

    boolean someoneWaitsForALock() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return jdbc.queryForObject("PostgreSQL".equals(database)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null", Long.class) > 0;
    }

    List<String> totals(long unitId) {
        return jdbc.queryForList("select category_id || '/' || status || '/' || classification || '=' || asset_count"
                + " || '/' || total_value from asset_totals where unit_id = ? and asset_count <> 0"
                + " order by category_id, status, classification", String.class, unitId);
    }

    byte[] utf8(String rows) {
        return ("Tombo,Nome,Categoria,Unidade,Valor\n" + rows).getBytes(StandardCharsets.UTF_8);
    }

    /** "person id/pending", "person id/accepted" or "none": the asset's custody as the list shows it. */
    String custody(String tombo) {
        Map<String, Object> row = jdbc.queryForMap("select custodian_id, custody_pending from assets where tombo = ?",
                tombo);
        Object custodian = row.get("custodian_id");
        return custodian == null ? "none" : ((Number) custodian).longValue() + "/"
                + (Boolean.TRUE.equals(row.get("custody_pending")) ? "pending" : "accepted");
    }

    long countTag() {
        return jdbc.queryForObject("select count(*) from assets where tombo like ?", Long.class, tag + "-%");
    }

    ImportJob run(byte[] file, String name, ImportMode mode, boolean createPlaces, AppUser user) {
        return SystemUser.callAs(user, () -> call(() -> {
            Path stored = receive(file);
            ImportPreview preview = imports.preview(stored);
            return waitFor(imports.start(stored, name, preview.mapping(), mode, createPlaces, Translations.PT_BR));
        }));
    }

    ImportJob start(byte[] file, String name, Map<ImportColumn, String> mapping, ImportMode mode) {
        return call(() -> imports.start(receive(file), name, mapping, mode, false, Translations.PT_BR));
    }

    Path receive(byte[] file) {
        return call(() -> imports.receive(new ByteArrayInputStream(file)));
    }

    ImportJob waitFor(ImportJob started) {
        long deadline = System.currentTimeMillis() + 60_000;
        ImportJob job = started;
        while (!job.status().finished() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100); // the job runs on its own thread; nothing to wait on but its row
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            job = imports.job(started.id());
        }
        assertThat(job.status()).as("job %s", job).isEqualTo(ImportStatus.DONE);
        return job;
    }

    List<org.assertj.core.groups.Tuple> rejections(ImportJob job) {
        return SystemUser.callAs(admin, () -> imports.rejections(job.id(), 0, 100)).stream()
                .map(r -> tuple(r.line(), r.column(), r.message())).toList();
    }

    interface Io<T> {
        T get() throws IOException;
    }

    static <T> T call(Io<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Void doing(IoRunnable work) {
        try {
            work.run();
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    interface IoRunnable {
        void run() throws IOException;
    }
}
