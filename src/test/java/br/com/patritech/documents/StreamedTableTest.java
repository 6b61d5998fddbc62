package br.com.patritech.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import br.com.patritech.documents.PrintedDocument.Field;
import br.com.patritech.documents.PrintedDocument.Table;
import br.com.patritech.support.PdfLines;

/**
 * Both long-table writers read back around the chunk size, a count that ends a chunk exactly included: every row once
 * and in order, evenly spaced (no gap where a chunk ends), the column header once at the top of every page.
 */
class StreamedTableTest {

    private static final int CHUNK = StreamedTable.FLUSH_EVERY;

    @ParameterizedTest
    @ValueSource(ints = {CHUNK - 1, CHUNK, CHUNK + 1, CHUNK * 2, CHUNK * 2 + 1})
    void aReportTableIsOneEvenTableWhateverTheCountOfRows(int count) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTableStream pdf = new PdfTableStream(out, new PdfTableStream.Heading("Prefeitura de São João", null,
                null, "Relatório patrimonial", List.of(new Field("Unidade", "SEDE")), "Prefeitura", "página %d de"),
                List.of("Tombo", "Descrição", "Valor"), new float[] {2, 5, 2}, new boolean[] {false, false, true})) {
            pdf.spanRow("Sala: Sala A", null, false);
            for (int i = 1; i <= count; i++) {
                pdf.row(List.of("INV-%06d".formatted(i), "Cadeira giratória nº " + i, "R$ 10,00"));
            }
            pdf.spanRow("Total geral", "R$ " + count + "0,00", true);
        }
        assertOneEvenTable(PdfLines.read(out.toByteArray()), count);
    }

    @ParameterizedTest
    @ValueSource(ints = {CHUNK, CHUNK * 2, CHUNK * 2 + 1})
    void aPrintedReportsListIsOneEvenTableWhateverTheCountOfRows(int count) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReportStream pdf = new PdfReportStream(out, "Prefeitura de São João", "Relatório de Inventário",
                List.of(new Field("Campanha", "Inventário 2026")), null, null)) {
            PdfReportStream.Rows rows = pdf.list("Bens não localizados", new Table(List.of("Tombo", "Descrição",
                    "Valor"), new float[] {2, 5, 2}, new boolean[] {false, false, true}, List.of()), "Nenhum");
            for (int i = 1; i <= count; i++) {
                rows.row(List.of("INV-%06d".formatted(i), "Cadeira giratória nº " + i, "R$ 10,00"));
            }
            rows.end(List.of(new Field("Valor", "R$ " + count + "0,00")));
        }
        assertOneEvenTable(PdfLines.read(out.toByteArray()), count);
    }

    private static void assertOneEvenTable(PdfLines pdf, int count) {
        List<PdfLines.Line> rows = pdf.lines().stream().filter(l -> l.startsWith("INV-")).toList();
        assertThat(rows).extracting(l -> l.text().split(" ")[0]).as("every row once, in order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).mapToObj("INV-%06d"::formatted).toList());
        assertThat(pdf.pages()).isGreaterThan(count / 80);
        float step = rows.get(1).y() - rows.get(0).y();
        SoftAssertions pageByPage = new SoftAssertions();
        for (int page = 1; page <= pdf.pages(); page++) {
            int p = page;
            List<PdfLines.Line> pageRows = rows.stream().filter(r -> r.page() == p).toList();
            pageByPage.assertThat(pdf.page(page)).filteredOn(l -> l.startsWith("Tombo Descrição Valor"))
                    .as("the column header once on page %d", page).singleElement()
                    .satisfies(header -> assertThat(header.y()).isLessThan(pageRows.getFirst().y()));
            for (int i = 1; i < pageRows.size(); i++) {
                pageByPage.assertThat(pageRows.get(i).y() - pageRows.get(i - 1).y())
                        .as("page %d: %s follows the row before without a gap", page, pageRows.get(i).text())
                        .isCloseTo(step, Offset.offset(0.5f));
            }
        }
        pageByPage.assertAll();
    }
}
