package br.com.patritech.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    @Test
    void aReaderFindsEveryPrintedTextAccentsIncludedAndTheTableRepeatsItsHeaderOnLaterPages() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("NB-%06d".formatted(i), "Notebook Dell nº " + i, "SN" + i, "R$ 4.899,90"));
        }
        PrintedDocument document = new PrintedDocument("Prefeitura de São João", "Termo de Responsabilidade",
                "TR-2026-000042", List.of(new PrintedDocument.Field("Responsável", "Conceição Araújo")),
                List.of("Declaro ter recebido os bens abaixo relacionados, pelos quais assumo a responsabilidade."),
                new PrintedDocument.Table(List.of("Tombo", "Descrição", "Série", "Valor"), new float[] {2, 5, 2, 2},
                        new boolean[] {false, false, false, true}, rows),
                List.of(new PrintedDocument.Field("Total", "R$ 587.988,00")), List.of(),
                List.of("Conceição Araújo", "Gestor da unidade"),
                new PrintedDocument.Verification("https://patrimonio.example/verificar/TR-2026-000042?c=AB12CD",
                        "Verifique a autenticidade com o código AB12CD"));

        byte[] pdf = PdfDocuments.render(document);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Prefeitura de São João", "Termo de Responsabilidade", "TR-2026-000042",
                    "Conceição Araújo", "NB-000001", "NB-000120", "R$ 587.988,00", "AB12CD");
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(read)).contains("Tombo", "Descrição", "Notebook Dell nº 60");
            BufferedImage page = new PDFRenderer(read).renderImageWithDPI(read.getNumberOfPages() - 1, 150);
            String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertThat(decoded).isEqualTo("https://patrimonio.example/verificar/TR-2026-000042?c=AB12CD");
        }
    }

    @Test
    void theSameDocumentPrintsTheSameTextTwice() throws Exception {
        PrintedDocument document = new PrintedDocument("Instituto", "Guia de Transferência", "GT-2026-000001",
                List.of(), List.of("Texto."), null, List.of(), List.of(), List.of("Remetente"), null);
        try (PDDocument first = Loader.loadPDF(PdfDocuments.render(document));
             PDDocument second = Loader.loadPDF(PdfDocuments.render(document))) {
            assertThat(new PDFTextStripper().getText(first)).isEqualTo(new PDFTextStripper().getText(second));
        }
    }
}
