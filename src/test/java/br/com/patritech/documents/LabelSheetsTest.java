package br.com.patritech.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Label sheets, read back as a printer would print them: every QR on a page decodes to its own link. */
class LabelSheetsTest {

    private static List<LabelSheets.Label> labels(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("NB-SED-001-%05d", i))
                .map(t -> new LabelSheets.Label("https://patrimonio.example.gov.br/t/" + t, t)).toList();
    }

    private static byte[] pdf(LabelLayout layout, int start, List<LabelSheets.Label> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int printed = LabelSheets.write(layout, start, "Prefeitura de Exemplo", labels.iterator(), out);
        assertThat(printed).isEqualTo(labels.size());
        return out.toByteArray();
    }

    /** Every QR code found on the page, by ZXing's multiple-barcode reader. */
    static Set<String> decodeAll(BufferedImage page) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
        return Arrays.stream(results).map(Result::getText).collect(Collectors.toSet());
    }

    @Test
    void everyQrOnAFullA4SheetDecodesToItsAssetsLink() throws Exception {
        List<LabelSheets.Label> labels = labels(30);
        try (PDDocument read = Loader.loadPDF(pdf(LabelLayout.A4_3X10, 1, labels))) {
            assertThat(read.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(read).renderImageWithDPI(0, 200);
            assertThat(decodeAll(page)).isEqualTo(labels.stream().map(LabelSheets.Label::link).collect(Collectors.toSet()));
            assertThat(new PDFTextStripper().getText(read)).contains("NB-SED-001-00001", "NB-SED-001-00030",
                    "Prefeitura de Exemplo");
        }
    }

    @Test
    void aHalfUsedSheetIsFilledFromTheStartingPositionThenANewSheetBegins() throws Exception {
        List<LabelSheets.Label> labels = labels(10);
        try (PDDocument read = Loader.loadPDF(pdf(LabelLayout.A4_2X7, 9, labels))) {
            assertThat(read.getNumberOfPages()).isEqualTo(2);
            PDFRenderer renderer = new PDFRenderer(read);
            BufferedImage first = renderer.renderImageWithDPI(0, 200);
            Set<String> onFirst = decodeAll(first);
            assertThat(onFirst).hasSize(6).contains(labels.get(0).link(), labels.get(5).link());
            // positions 1-8 (the top four rows) stay blank for the labels already used
            BufferedImage top = first.getSubimage(0, 0, first.getWidth(), (int) (first.getHeight() * 0.55));
            assertThat(isBlank(top)).isTrue();
            assertThat(decodeAll(renderer.renderImageWithDPI(1, 200))).containsExactlyInAnyOrder(
                    labels.get(6).link(), labels.get(7).link(), labels.get(8).link(), labels.get(9).link());
        }
    }

    /** 5,000 labels: full pages leave for the output while later labels have not even been read yet. */
    @Test
    void fiveThousandLabelsStreamPageByPage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] writtenWhenHalfRead = {-1};
        java.util.Iterator<LabelSheets.Label> labels = new java.util.Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= 5000;
            }

            @Override
            public LabelSheets.Label next() {
                if (next == 2500) {
                    writtenWhenHalfRead[0] = out.size();
                }
                String tombo = String.format("MOB-%07d", next++);
                return new LabelSheets.Label("https://patrimonio.example.gov.br/t/" + tombo, tombo);
            }
        };
        int printed = LabelSheets.write(LabelLayout.A4_3X10, 1, "Prefeitura", labels, out);
        assertThat(printed).isEqualTo(5000);
        assertThat(writtenWhenHalfRead[0]).as("bytes out when label 2,500 was asked for")
                .isGreaterThan(out.size() / 3);
    }

    @Test
    void thermalLabelsArePrintedOnePerPage() throws Exception {
        List<LabelSheets.Label> labels = labels(3);
        try (PDDocument read = Loader.loadPDF(pdf(LabelLayout.THERMAL_50X30, 1, labels))) {
            assertThat(read.getNumberOfPages()).isEqualTo(3);
            assertThat(read.getPage(0).getMediaBox().getWidth()).isCloseTo(50 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.5f));
            List<String> decoded = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                decoded.addAll(decodeAll(new PDFRenderer(read).renderImageWithDPI(i, 300)));
            }
            assertThat(decoded).containsExactlyElementsOf(labels.stream().map(LabelSheets.Label::link).toList());
        }
    }

    @Test
    void aPhotoOfALabelIsReadBack() throws IOException {
        try (PDDocument read = Loader.loadPDF(pdf(LabelLayout.THERMAL_50X30, 1, labels(1)))) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new PDFRenderer(read).renderImageWithDPI(0, 200), "png", png);
            assertThat(QrReader.read(png.toByteArray())).contains(labels(1).get(0).link());
            assertThat(QrReader.read("not an image".getBytes())).isEmpty();
        }
    }

    private static boolean isBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.equals(Set.of(0xFFFFFF));
    }
}
