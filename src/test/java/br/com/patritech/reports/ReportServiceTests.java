package br.com.patritech.reports;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatistics;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Translations;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.PdfLines;
import br.com.patritech.support.TestUsers;

/** Reports read back as a reader and a spreadsheet see them, totals checked against the list and dashboard. */
@IntegrationTest
@RecordApplicationEvents
abstract class ReportServiceTests {

    @Autowired
    ReportService reports;

    @Autowired
    ReportJobs jobs;

    @Autowired
    AssetService assets;

    @Autowired
    AssetStatistics statistics;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ApplicationEvents events;

    Place own;
    Place other;
    AppUser admin;
    AppUser gestor;
    AssetDetails writtenOff;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        long category = fixtures.newCategory("RP");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of());
        register(category, own, own.roomA(), "Mesa de reunião", "4800.00");
        register(category, own, own.roomA(), "=HYPERLINK(\"http://evil\")", "12.55");
        register(category, own, own.roomB(), "Armário de aço", "1234567.89");
        register(category, own, null, "Projetor sem sala", "0.01");
        writtenOff = register(category, own, own.roomB(), "Cadeira quebrada", "99.99");
        AssetDetails current = writtenOff;
        writtenOff = SystemUser.callAs(admin, () -> assets.writeOff(current.id(), current.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.INUTILIZACAO_ABANDONO, "PROC-7", null)));
        register(category, other, other.roomA(), "Cadeira da outra unidade", "300.00");
    }

    private AssetDetails register(long category, Place place, Long room, String name, String value) {
        var form = form(category, place, name, value);
        form.setRoomId(room);
        return SystemUser.callAs(admin, () -> assets.create(form));
    }

    private ReportService.ReportFile generate(AppUser user, ReportRequest request, ReportFormat format,
                                              Locale locale) {
        return SystemUser.callAs(user, () -> reports.generate(request, format, locale));
    }

    private static String pdfText(ReportService.ReportFile file) throws Exception {
        try (PDDocument read = Loader.loadPDF(Files.readAllBytes(file.path()))) {
            return new PDFTextStripper().getText(read);
        } finally {
            Files.deleteIfExists(file.path());
        }
    }

    private static List<CSVRecord> csv(ReportService.ReportFile file, char delimiter) throws Exception {
        String text = Files.readString(file.path(), StandardCharsets.UTF_8);
        Files.deleteIfExists(file.path());
        assertThat(text).startsWith(delimiter == ';' ? "\uFEFF" : "");
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(text.replace("\uFEFF", ""))).getRecords();
    }

    private static String money(BigDecimal value) {
        return Formats.money(value, Translations.PT_BR);
    }

    @Test
    void theRegisterOfAUnitAddsUpEachRoomAndTheUnitToTheCentOfTheListsActiveValue() throws Exception {
        BigDecimal listValue = SystemUser.callAs(admin,
                () -> assets.totals(AssetFilter.all().withUnit(own.unitId()))).activeValue();
        assertThat(listValue).isEqualByComparingTo("1239380.45");

        var file = generate(admin, ReportRequest.of(ReportKind.PATRIMONIAL, own.unitId()), ReportFormat.PDF,
                Translations.PT_BR);

        assertThat(file.total()).isEqualByComparingTo(listValue);
        assertThat(file.count()).isEqualTo(4);
        assertThat(file.fileName()).startsWith("relatorio-patrimonial-").endsWith(".pdf");
        String text = pdfText(file);
        assertThat(text).contains("Relatório patrimonial por unidade e sala", own.unitCode(), "Mesa de reunião",
                "Subtotal Sala Sala A: 2 bens " + money(new BigDecimal("4812.55")),
                "Subtotal Sala Sala B: 1 bem " + money(new BigDecimal("1234567.89")),
                "Subtotal Sala (não informado): 1 bem " + money(new BigDecimal("0.01")),
                "Total geral: 4 bens " + money(listValue), "página 1 de 1", admin.name());
        assertThat(text).doesNotContain("Cadeira quebrada", "Cadeira da outra unidade");
    }

    @Test
    void aGestorsRegisterOfEveryUnitTheySeeEqualsTheirDashboardAndLeavesOtherUnitsOut() throws Exception {
        BigDecimal dashboard = SystemUser.callAs(gestor, () -> statistics.figures()).activeValue();
        long active = SystemUser.callAs(gestor, () -> statistics.figures()).activeAssets();

        var file = generate(gestor, ReportRequest.of(ReportKind.PATRIMONIAL, null), ReportFormat.PDF,
                Translations.PT_BR);

        assertThat(file.total()).isEqualByComparingTo(dashboard);
        assertThat(file.count()).isEqualTo(active);
        assertThat(pdfText(file)).contains("Total geral: " + active + " bens " + money(dashboard))
                .doesNotContain("Cadeira da outra unidade");
        assertThatThrownBy(() -> generate(gestor, ReportRequest.of(ReportKind.PATRIMONIAL, other.unitId()),
                ReportFormat.PDF, Translations.PT_BR)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> generate(admin, ReportRequest.of(ReportKind.PATRIMONIAL, 987_654_321L),
                ReportFormat.CSV, Translations.PT_BR)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCsvHasOneLinePerAssetWithItsGroupsDecimalCommaNeutralisedFormulasAndTheTotal() throws Exception {
        var file = generate(gestor, ReportRequest.of(ReportKind.BY_CATEGORY, own.unitId()), ReportFormat.CSV,
                Translations.PT_BR);

        List<CSVRecord> records = csv(file, ';');
        assertThat(records.get(0).toList()).containsExactly("Categoria", "Tombo", "Descrição", "Unidade", "Sala",
                "Valor (R$)");
        assertThat(records).hasSize(6); // header, four assets, total
        assertThat(records.subList(1, 5)).extracting(r -> r.get(2)).contains("'=HYPERLINK(\"http://evil\")")
                .doesNotContain("Cadeira quebrada");
        BigDecimal sum = records.subList(1, 5).stream().map(r -> new BigDecimal(r.get(5).replace(',', '.')))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("1239380.45");
        assertThat(records.get(5).get(0)).isEqualTo("Total geral: 4 bens");
        assertThat(records.get(5).get(5)).isEqualTo("1239380,45");
    }

    @Test
    void writeOffsAndAcquisitionsCountOnlyTheirPeriodInEnglishToo() throws Exception {
        LocalDate today = LocalDate.now();
        var writeOffs = generate(admin, new ReportRequest(ReportKind.WRITE_OFFS, own.unitId(), today, today),
                ReportFormat.CSV, Locale.ENGLISH);
        List<CSVRecord> rows = csv(writeOffs, ',');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(1)).isEqualTo(writtenOff.tombo());
        assertThat(rows.get(1).get(4)).isEqualTo("Disposal/abandonment");
        assertThat(rows.get(1).get(5)).isEqualTo("PROC-7");
        assertThat(rows.get(2).get(6)).isEqualTo("99.99");

        var none = generate(admin, new ReportRequest(ReportKind.WRITE_OFFS, own.unitId(), today.minusDays(9),
                today.minusDays(1)), ReportFormat.PDF, Locale.ENGLISH);
        assertThat(none.count()).isZero();
        assertThat(pdfText(none)).contains("No assets for these filters.", "Grand total: 0 assets", "page 1 of 1");

        LocalDate acquired = today.minusYears(1);
        var acquisitions = generate(admin, new ReportRequest(ReportKind.ACQUISITIONS, own.unitId(), acquired,
                acquired), ReportFormat.PDF, Translations.PT_BR);
        assertThat(acquisitions.count()).isEqualTo(5); // written off or not, each was acquired then
        assertThat(acquisitions.total()).isEqualByComparingTo("1239480.44");
    }

    /**
     * A room with more assets than the PDF writer holds at a time (several 200-row chunks, many pages), read back as a
     * reader sees it: every asset once and in order, rows evenly spaced across the chunks, each page filled down to
     * its foot before the table goes on, the column header on every page, "página n de N", totals to the cent.
     */
    @Test
    void aLongRoomIsPrintedWholeInOrderWithoutGapsWithHeaderAndPageNumbersOnEveryPageAndTotalsToTheCent()
            throws Exception {
        Place big = fixtures.newUnit();
        long category = fixtures.newCategory("RL");
        int count = 461;
        List<String> tombos = new ArrayList<>();
        Map<String, BigDecimal> values = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= count; i++) {
            BigDecimal value = new BigDecimal("%d.%02d".formatted(i * 13, (i * 37) % 100));
            String tombo = register(category, big, big.roomA(), "Cadeira giratória nº " + i, value.toPlainString())
                    .tombo();
            tombos.add(tombo);
            values.put(tombo, value);
            sum = sum.add(value);
        }

        var file = generate(admin, ReportRequest.of(ReportKind.PATRIMONIAL, big.unitId()), ReportFormat.PDF,
                Translations.PT_BR);

        assertThat(file.count()).isEqualTo(count);
        assertThat(file.total()).isEqualByComparingTo(sum);
        PdfLines pdf;
        try {
            pdf = PdfLines.read(Files.readAllBytes(file.path()));
        } finally {
            Files.deleteIfExists(file.path());
        }
        List<PdfLines.Line> rows = pdf.lines().stream().filter(l -> values.containsKey(l.text().split(" ")[0]))
                .toList();
        assertThat(rows).extracting(l -> l.text().split(" ")[0]).as("every asset once, in order")
                .containsExactlyElementsOf(tombos);
        assertThat(rows).allSatisfy(row -> assertThat(row.text())
                .endsWith(money(values.get(row.text().split(" ")[0]))));
        assertThat(pdf.lines()).extracting(PdfLines.Line::text).contains(
                "Subtotal Sala Sala A: " + count + " bens " + money(sum),
                "Subtotal Unidade " + big.unitCode() + " — Unidade de teste " + big.unitCode() + ": " + count
                        + " bens " + money(sum),
                "Total geral: " + count + " bens " + money(sum));

        int pages = pdf.pages();
        assertThat(pages).as("several pages").isGreaterThanOrEqualTo(5);
        float step = rows.get(1).y() - rows.get(0).y();
        SoftAssertions pageByPage = new SoftAssertions();
        for (int page = 1; page <= pages; page++) {
            int p = page;
            List<PdfLines.Line> lines = pdf.page(page);
            PdfLines.Line footer = lines.getLast();
            pageByPage.assertThat(footer.text()).as("page %d's foot", page)
                    .endsWith("página " + page + " de " + pages);
            List<PdfLines.Line> pageRows = rows.stream().filter(r -> r.page() == p).toList();
            if (pageRows.isEmpty()) {
                continue;
            }
            pageByPage.assertThat(lines)
                    .filteredOn(l -> l.startsWith("Tombo Descrição Categoria Situação Valor (R$)"))
                    .as("the column header once on page %d, above its rows", page).singleElement()
                    .satisfies(header -> assertThat(header.y()).isLessThan(pageRows.getFirst().y()));
            for (int i = 1; i < pageRows.size(); i++) {
                pageByPage.assertThat(pageRows.get(i).y() - pageRows.get(i - 1).y())
                        .as("page %d: the row of %s follows the one before without a gap", page,
                                pageRows.get(i).text())
                        .isCloseTo(step, org.assertj.core.data.Offset.offset(0.5f));
            }
            boolean continues = page < pages && rows.stream().anyMatch(r -> r.page() == p + 1);
            if (continues) {
                // the table may run down to the bottom margin, 20 pt above the footer's line (PageOfPages)
                float room = footer.y() - 20 - pageRows.getLast().y();
                pageByPage.assertThat(room)
                        .as("page %d ends with less than a row of blank space before the table goes on", page)
                        .isLessThan(2 * step);
            }
        }
        pageByPage.assertAll();
    }

    @Test
    void aBadPeriodIsRefusedWithTheFieldAndNoReportIsAudited() {
        LocalDate today = LocalDate.now();
        assertRefused(new ReportRequest(ReportKind.TRANSFERS, null, today, today.minusDays(1)), "to",
                "report.period.reversed");
        assertRefused(new ReportRequest(ReportKind.ACQUISITIONS, null, today.minusYears(5).minusDays(1), today),
                "to", "report.period.too-long");
        assertRefused(new ReportRequest(ReportKind.WRITE_OFFS, null, null, today), "from", "validation.required");
        assertThat(events.stream(AuditedAction.class).filter(a -> a.action().equals("REPORT_GENERATED"))).isEmpty();
    }

    private void assertRefused(ReportRequest request, String field, String key) {
        assertThatThrownBy(() -> generate(admin, request, ReportFormat.PDF, Translations.PT_BR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void aBackgroundReportReportsProgressBelongsToWhoAskedAndIsAudited() throws Exception {
        String id = SystemUser.callAs(gestor, () -> jobs.start(ReportRequest.of(ReportKind.PATRIMONIAL,
                own.unitId()), ReportFormat.PDF, Translations.PT_BR));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ReportJobs.Status status = SystemUser.callAs(gestor, () -> jobs.status(id));
        while (status.state() == ReportJobs.State.RUNNING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            status = SystemUser.callAs(gestor, () -> jobs.status(id));
        }
        assertThat(status.state()).isEqualTo(ReportJobs.State.DONE);
        assertThat(status.done()).isEqualTo(4);
        assertThat(status.total()).isEqualTo(4);
        assertThat(pdfText(status.file())).contains("Total geral: 4 bens " + money(new BigDecimal("1239380.45")));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> jobs.status(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(events.stream(AuditedAction.class).filter(a -> a.action().equals("REPORT_GENERATED")))
                .singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("REPORT_GENERATED");
            assertThat(a.subject()).isEqualTo("patrimonial.pdf");
            assertThat(a.unitId()).isEqualTo(own.unitId());
            assertThat(a.detail()).isEqualTo(own.unitCode());
        });
    }
}
