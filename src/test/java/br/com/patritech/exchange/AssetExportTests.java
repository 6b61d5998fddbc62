package br.com.patritech.exchange;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.base.Translations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** A filtered, sorted list exported and read back as Excel would read it; run on H2 and on PostgreSQL. */
@IntegrationTest
abstract class AssetExportTests {

    @Autowired
    AssetExport export;

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    Place own;
    Place other;
    AppUser admin;
    final String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now());

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        long category = fixtures.newCategory("XP");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        register(category, own, "Mesa de reunião", "4800.00");
        register(category, own, "=HYPERLINK(\"http://evil\")", "12.5");
        register(category, own, "-2+3", "1234567.89");
        register(category, other, "Cadeira", "300.00");
    }

    private void register(long category, Place place, String name, String value) {
        SystemUser.callAs(admin, () -> assets.create(form(category, place, name, value)));
    }

    private AssetFilter ownUnit() {
        return AssetFilter.all().withUnit(own.unitId());
    }

    private byte[] exported(AppUser user, AssetFilter filter, ExportFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemUser.callAs(user, () -> {
            try {
                export.write(filter, List.of(new AssetSort(AssetSortKey.VALUE, false)), format, locale, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes, char delimiter) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void portugueseCsvOpensInExcelWithSemicolonsDecimalCommaAndTheListsOrder() throws Exception {
        byte[] bytes = exported(admin, ownUnit(), ExportFormat.CSV, Translations.PT_BR);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(bytes, ';');
        assertThat(records.get(0).get(0)).isEqualTo("Tombo");
        assertThat(records.get(0).get(7)).isEqualTo("Valor de aquisição (R$)");
        assertThat(records).hasSize(4); // header and the own unit's three, never the other unit's chair
        assertThat(records.subList(1, 4)).extracting(r -> r.get(7)).containsExactly("1234567,89", "4800,00", "12,50");
        CSVRecord table = records.get(2);
        assertThat(table.get(1)).isEqualTo("Mesa de reunião");
        assertThat(table.get(4)).isEqualTo(own.unitCode());
        assertThat(table.get(6)).isEqualTo("Sala A");
        assertThat(table.get(8)).isEqualTo("Ativo");
        assertThat(table.get(10)).isEqualTo(today);
    }

    @Test
    void englishCsvUsesCommasAndDecimalPoints() throws Exception {
        byte[] bytes = exported(admin, ownUnit(), ExportFormat.CSV, Locale.ENGLISH);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        List<CSVRecord> records = csv(bytes, ',');
        assertThat(records.get(0).get(0)).isEqualTo("Tombo");
        assertThat(records.subList(1, 4)).extracting(r -> r.get(7)).containsExactly("1234567.89", "4800.00", "12.50");
        assertThat(records.get(2).get(10)).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralisedInBothFormats() throws Exception {
        List<CSVRecord> records = csv(exported(admin, ownUnit(), ExportFormat.CSV, Translations.PT_BR), ';');
        assertThat(records).extracting(r -> r.get(1))
                .contains("'=HYPERLINK(\"http://evil\")", "'-2+3").doesNotContain("=HYPERLINK(\"http://evil\")");
        List<String> names = xlsxColumn(exported(admin, ownUnit(), ExportFormat.XLSX, Translations.PT_BR), 1);
        assertThat(names).contains("'=HYPERLINK(\"http://evil\")", "'-2+3");
        assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetText.neutralised("+55 61")).isEqualTo("'+55 61");
        assertThat(SpreadsheetText.neutralised("Mesa")).isEqualTo("Mesa");
    }

    @Test
    void xlsxHoldsRealNumbersAndDatesInTheListsOrder() throws Exception {
        byte[] bytes = exported(admin, ownUnit(), ExportFormat.XLSX, Translations.PT_BR);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> rows = workbook.getFirstSheet().openStream().toList();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Tombo");
            assertThat(rows.subList(1, 4)).extracting(r -> r.getCellAsNumber(7).orElseThrow().stripTrailingZeros()
                    .toPlainString()).containsExactly("1234567.89", "4800", "12.5");
            assertThat(rows.get(2).getCellAsDate(10).orElseThrow().toLocalDate()).isEqualTo(LocalDate.now());
        }
        byte[] english = exported(admin, ownUnit(), ExportFormat.XLSX, Locale.ENGLISH);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            Row first = workbook.getFirstSheet().openStream().skip(1).findFirst().orElseThrow();
            assertThat(first.getCell(10).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCell(7).getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    /**
     * Constant memory for a million rows: the rows' text is written inline in the sheet, not collected in the shared
     * strings table, which the writer keeps in memory until the end and which would grow with every distinct tombo.
     */
    @Test
    void xlsxTextIsWrittenWithItsRowNotCollectedForTheEnd() throws Exception {
        byte[] bytes = exported(admin, ownUnit(), ExportFormat.XLSX, Translations.PT_BR);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export-", ".xlsx");
        java.nio.file.Files.write(file, bytes);
        String sheet;
        String shared;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            var sharedEntry = zip.getEntry("xl/sharedStrings.xml");
            shared = sharedEntry == null ? "" : new String(zip.getInputStream(sharedEntry).readAllBytes(),
                    StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheet).contains("Mesa de reuni"); // inline, the rest escaped as XML
        assertThat(shared).doesNotContain("Mesa de reuni");
    }

    @Test
    void aGestorsExportHasOnlyTheirUnitsWhateverTheFilterAsks() throws Exception {
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.noneOf(Permission.class));
        List<CSVRecord> all = csv(exported(gestor, AssetFilter.all(), ExportFormat.CSV, Translations.PT_BR), ';');
        assertThat(all.subList(1, all.size())).extracting(r -> r.get(4)).containsOnly(own.unitCode());
        assertThat(all).hasSize(4);
        List<CSVRecord> otherUnit = csv(exported(gestor, AssetFilter.all().withUnit(other.unitId()), ExportFormat.CSV,
                Translations.PT_BR), ';');
        assertThat(otherUnit).hasSize(1); // the header only
    }

    private static List<String> xlsxColumn(byte[] bytes, int column) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> values = new ArrayList<>();
            workbook.getFirstSheet().openStream().forEach(r -> values.add(r.getCellText(column)));
            return values;
        }
    }
}
