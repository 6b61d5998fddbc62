package br.com.patritech.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.Translations;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.DepreciationPolicy;
import br.com.patritech.depreciation.FiscalDepreciation;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/**
 * The depreciation reports (issue 14): the ledger's closed months of a period by unit and category, accounting and
 * fiscal, with subtotals and totals that match the ledger to the cent and figures a person can check by hand.
 */
@IntegrationTest
abstract class DepreciationReportTests {

    @Autowired ReportService reports;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired DepreciationPolicies policies;
    @Autowired FiscalDepreciation fiscal;
    @Autowired DepreciationClosings closings;
    @Autowired JdbcTemplate jdbc;

    Place own;
    Place other;
    AppUser admin;
    AppUser gestor;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of());
        long computers = category(DepreciationPolicy.straightLine(60, "10"), "20");
        long furniture = category(DepreciationPolicy.straightLine(120, "10"), "10");
        register(computers, own, "Notebook", "12000.00");
        register(computers, own, "Monitor", "1000.00");
        register(furniture, own, "Mesa", "2400.00");
        register(computers, other, "Notebook da outra unidade", "6000.00");
        SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), true));
        for (String month : List.of("2024-02", "2024-03", "2024-04")) {
            SystemUser.callAs(admin, () -> closings.close(YearMonth.parse(month)));
        }
    }

    @AfterEach
    void turnTheFiscalScheduleOff() {
        jdbc.update("update depreciation_settings set fiscal_schedule = false where id = 1");
    }

    private long category(DepreciationPolicy policy, String fiscalRate) {
        long id = fixtures.newCategory("DR");
        SystemUser.callAs(admin, () -> policies.change(id, 0, policy));
        SystemUser.callAs(admin, () -> fiscal.changeRate(id, 0, new BigDecimal(fiscalRate)));
        return id;
    }

    private void register(long category, Place place, String name, String value) {
        var form = AssetFixtures.form(category, place, name, value);
        form.setAcquisitionDate(LocalDate.of(2024, 1, 10));
        SystemUser.callAs(admin, () -> assets.create(form));
    }

    private ReportService.ReportFile generate(AppUser user, ReportKind kind, Long unitId, String from, String to,
                                              ReportFormat format) {
        return SystemUser.callAs(user, () -> reports.generate(new ReportRequest(kind, unitId, LocalDate.parse(from),
                LocalDate.parse(to)), format, Translations.PT_BR));
    }

    private BigDecimal ledger(String column, long unitId, String from, String to) {
        return jdbc.queryForObject("select coalesce(sum(e." + column + "), 0) from depreciation_entries e"
                + " join depreciation_closings c on c.id = e.closing_id and c.status = 'CLOSED'"
                + " where e.unit_id = ? and e.month_start between ? and ?", BigDecimal.class, unitId,
                LocalDate.parse(from), LocalDate.parse(to));
    }

    private static List<CSVRecord> csv(ReportService.ReportFile file) throws Exception {
        String text = Files.readString(file.path(), StandardCharsets.UTF_8);
        Files.deleteIfExists(file.path());
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.replace("\uFEFF", "")))
                .getRecords();
    }

    @Test
    void theDepreciationOfAPeriodAddsUpByUnitAndCategoryToTheLedgerToTheCent() throws Exception {
        var file = generate(admin, ReportKind.DEPRECIATION, own.unitId(), "2024-02-01", "2024-04-30", ReportFormat.CSV);

        // February..April: notebook 3 x 180,00 = 540,00; monitor 3 x 15,00 = 45,00; desk 3 x 18,00 = 54,00
        assertThat(file.total()).isEqualByComparingTo("639.00");
        assertThat(file.total()).isEqualByComparingTo(ledger("amount", own.unitId(), "2024-02-01", "2024-04-01"));
        assertThat(file.fileName()).startsWith("depreciacao-").endsWith(".csv");
        List<CSVRecord> records = csv(file);
        assertThat(records.get(0).toList()).containsExactly("Unidade", "Categoria", "Tombo", "Descrição", "Meses",
                "Depreciação (R$)");
        assertThat(records).hasSize(5); // header, three assets, total
        assertThat(records.subList(1, 4)).extracting(r -> r.get(3) + " " + r.get(4) + " " + r.get(5))
                .containsExactlyInAnyOrder("Notebook 3 540,00", "Monitor 3 45,00", "Mesa 3 54,00");
        assertThat(records.subList(1, 4)).allSatisfy(r -> assertThat(r.get(0)).startsWith(own.unitCode() + " — "));
        assertThat(records.get(4).get(0)).isEqualTo("Total geral: 3 bens");
        assertThat(records.get(4).get(5)).isEqualTo("639,00");
    }

    @Test
    void theFiscalReportSumsTheFiscalColumnsAndAMonthIsTakenWhole() throws Exception {
        // fiscal, February..April: notebook 3 x 200,00; monitor 3 x 16,66; desk 3 x 20,00 = 709,98
        var fiscalFile = generate(admin, ReportKind.FISCAL_DEPRECIATION, own.unitId(), "2024-02-01", "2024-04-30",
                ReportFormat.CSV);
        assertThat(fiscalFile.total()).isEqualByComparingTo("709.98");
        assertThat(fiscalFile.total())
                .isEqualByComparingTo(ledger("fiscal_amount", own.unitId(), "2024-02-01", "2024-04-01"));
        Files.deleteIfExists(fiscalFile.path());

        // any day of March is the whole of March: 180,00 + 15,00 + 18,00
        var march = generate(admin, ReportKind.DEPRECIATION, own.unitId(), "2024-03-15", "2024-03-20", ReportFormat.CSV);
        assertThat(march.total()).isEqualByComparingTo("213.00");
        Files.deleteIfExists(march.path());
    }

    @Test
    void aGestorsPdfHasTheirUnitsOnlyWithSubtotalsPerCategoryAndUnit() throws Exception {
        var file = generate(gestor, ReportKind.DEPRECIATION, null, "2024-02-01", "2024-04-30", ReportFormat.PDF);
        assertThat(file.total()).isEqualByComparingTo("639.00");
        String text;
        try (PDDocument read = Loader.loadPDF(Files.readAllBytes(file.path()))) {
            text = new PDFTextStripper().getText(read);
        } finally {
            Files.deleteIfExists(file.path());
        }
        String money585 = Formats.money(new BigDecimal("585.00"), Translations.PT_BR);
        String money639 = Formats.money(new BigDecimal("639.00"), Translations.PT_BR);
        assertThat(text).contains("Depreciação por unidade e categoria no período", "Notebook", "Mesa",
                ": 2 bens " + money585, "Total geral: 3 bens " + money639)
                .doesNotContain("Notebook da outra unidade");

        var everyUnit = generate(admin, ReportKind.DEPRECIATION, null, "2024-02-01", "2024-04-30", ReportFormat.CSV);
        // the other unit's notebook: 6.000,00 - 10 % over 60 months = 90,00 x 3 = 270,00, on top of whatever else
        assertThat(everyUnit.total()).isEqualByComparingTo(jdbc.queryForObject("""
                select sum(e.amount) from depreciation_entries e join depreciation_closings c on c.id = e.closing_id
                and c.status = 'CLOSED' where e.month_start between ? and ?""", BigDecimal.class,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1)));
        Files.deleteIfExists(everyUnit.path());
    }
}
