package br.com.patritech.documents;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Prints asset labels (QR code, tombo in large type, institution) on a {@link LabelLayout}, starting at any position
 * of the first sheet so a half-used sheet can be reused. The QR modules are drawn as vector squares and every page
 * is written out as soon as it is full, so 5,000 labels stream from the iterator to the output without piling up
 * in memory.
 */
public final class LabelSheets {

    /** One label: what its QR code encodes and the tombo printed under it. */
    public record Label(String link, String tombo) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float PADDING = 1.5f;

    private LabelSheets() {
    }

    /**
     * @param start 1-based position of the first label on the first sheet (1 = top left, row by row)
     * @return how many labels were printed
     */
    public static int write(LabelLayout layout, int start, String institution, Iterator<Label> labels, OutputStream out) {
        if (start < 1 || start > layout.perPage()) {
            throw new IllegalArgumentException("start must be between 1 and " + layout.perPage());
        }
        Document pdf = new Document(new Rectangle(layout.pageWidth() * MM, layout.pageHeight() * MM), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.addTitle("Etiquetas");
        pdf.addCreator("PATRI-TECH");
        pdf.open();
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        BaseFont regular = font(BaseFont.HELVETICA);
        int position = start - 1;
        int printed = 0;
        try {
            if (!labels.hasNext()) {
                writer.setPageEmpty(false);
            }
            while (labels.hasNext()) {
                if (position == layout.perPage()) {
                    pdf.newPage();
                    position = 0;
                }
                draw(writer.getDirectContent(), layout, position++, labels.next(), institution, bold, regular);
                printed++;
            }
        } finally {
            pdf.close();
        }
        return printed;
    }

    private static void draw(PdfContentByte cb, LabelLayout layout, int position, Label label, String institution,
                             BaseFont bold, BaseFont regular) {
        float left = layout.left(position) * MM;
        float top = (layout.pageHeight() - layout.top(position)) * MM;
        float height = layout.labelHeight() * MM;
        float width = layout.labelWidth() * MM;
        float pad = PADDING * MM;
        float qrSize = height - 2 * pad;
        qr(cb, label.link(), left + pad, top - pad - qrSize, qrSize);
        float textLeft = left + 2 * pad + qrSize;
        float textWidth = width - qrSize - 3 * pad;
        float tomboSize = Math.min(height * 0.32f, fit(bold, label.tombo(), textWidth, 20));
        float institutionSize = Math.min(height * 0.14f, fit(regular, institution, textWidth, 7));
        cb.beginText();
        cb.setFontAndSize(bold, tomboSize);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, label.tombo(), textLeft, top - height / 2 - tomboSize / 3, 0);
        cb.setFontAndSize(regular, institutionSize);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, institution, textLeft, top - pad - institutionSize, 0);
        cb.endText();
    }

    /** The QR code as filled squares, one per dark module, with a quiet zone of two modules inside {@code size}. */
    private static void qr(PdfContentByte cb, String content, float x, float y, float size) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(content, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
        int modules = matrix.getWidth();
        float module = size / (modules + 4);
        cb.setGrayFill(0);
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                if (matrix.get(column, row) == 1) {
                    cb.rectangle(x + (column + 2) * module, y + size - (row + 3) * module, module, module);
                }
            }
        }
        cb.fill();
    }

    private static float fit(BaseFont font, String text, float width, float max) {
        float atOne = font.getWidthPoint(text, 1);
        return atOne <= 0 ? max : Math.min(max, width / atOne);
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
