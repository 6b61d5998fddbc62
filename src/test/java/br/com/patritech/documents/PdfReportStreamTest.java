package br.com.patritech.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import br.com.patritech.documents.PrintedDocument.Field;
import br.com.patritech.documents.PrintedDocument.Table;

class PdfReportStreamTest {

    private static final Table COLUMNS = new Table(List.of("Tombo", "Descrição", "Valor"), new float[] {2, 5, 2},
            new boolean[] {false, false, true}, List.of());

    /** More rows than are held at a time (several flushes and pages): each printed once, in order, totals after. */
    @Test
    void aLongListIsPrintedWholeInOrderAcrossFlushesWithItsHeaderOnEveryPage() throws Exception {
        int count = StreamedTable.FLUSH_EVERY * 3 + 17;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReportStream pdf = new PdfReportStream(out, "Prefeitura de São João", "Relatório de Inventário",
                List.of(new Field("Campanha", "Inventário 2026")), null, null)) {
            pdf.section(new PrintedReport.Section("Resumo", new Table(List.of("Sala", "Esperados"), new float[] {3, 1},
                    new boolean[] {false, true}, List.of(List.of("Sala A", String.valueOf(count)))), List.of(), "Nenhum"));
            PdfReportStream.Rows rows = pdf.list("Bens não localizados (" + count + ")", COLUMNS, "Nenhum");
            for (int i = 1; i <= count; i++) {
                rows.row(List.of("INV-%06d".formatted(i), "Cadeira giratória nº " + i, "R$ 10,00"));
            }
            rows.end(List.of(new Field("Valor", "R$ 6.170,00")));
            pdf.list("Bens encontrados em outro local (0)", COLUMNS, "Nenhum item.").end(List.of(new Field("Valor", "R$ 0,00")));
            pdf.signatures(List.of("Conceição Araújo\nMembro da comissão"));
        }

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(document);
            Matcher tombos = Pattern.compile("INV-(\\d{6})").matcher(text);
            List<Integer> printed = new ArrayList<>();
            while (tombos.find()) {
                printed.add(Integer.parseInt(tombos.group(1)));
            }
            assertThat(printed).hasSize(count).isSorted().doesNotHaveDuplicates();
            assertThat(text).contains("Relatório de Inventário", "Inventário 2026", "Resumo", "Sala A",
                    "Bens não localizados (" + count + ")", "R$ 6.170,00", "Bens encontrados em outro local (0)",
                    "Nenhum item.", "Conceição Araújo", "Membro da comissão");
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true); // the table's cells and the paragraphs are separate layers of a page
            String read = byPosition.getText(document);
            assertThat(read.indexOf("R$ 6.170,00")).as("the list's total comes after its rows")
                    .isGreaterThan(read.indexOf("INV-%06d".formatted(count)));
            List<Float> steps = rowSteps(document);
            assertThat(steps).as("rows handed over in chunks follow each other without a gap")
                    .allSatisfy(step -> assertThat(step).isCloseTo(steps.get(0), org.assertj.core.data.Offset.offset(0.5f)));
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages() - 1);
            lastPage.setEndPage(document.getNumberOfPages() - 1);
            assertThat(lastPage.getText(document)).as("the header repeats on later pages").contains("Tombo", "Descrição");
        }
    }

    /** The vertical distance between consecutive list rows on the same page, over the whole document. */
    private static List<Float> rowSteps(PDDocument document) throws java.io.IOException {
        List<Float> steps = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int page = -1;
            private float last;

            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                    throws java.io.IOException {
                if (text.startsWith("INV-")) {
                    float y = positions.get(0).getYDirAdj();
                    if (page == getCurrentPageNo()) {
                        steps.add(y - last);
                    }
                    page = getCurrentPageNo();
                    last = y;
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return steps;
    }
}
