package br.com.patritech.documents;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * "página X de Y" at the foot of every page: Y is unknown until the last page, so each page prints X and a small
 * template that is filled with the page count when the document closes.
 */
final class PageOfPages extends PdfPageEventHelper {

    private static final float SIZE = 8;
    private final String footer;
    private final String pageOf;
    private final BaseFont font;
    private PdfTemplate total;

    PageOfPages(String footer, String pageOf) {
        this.footer = footer;
        this.pageOf = pageOf;
        this.font = new Font(Font.HELVETICA, SIZE).getCalculatedBaseFont(false);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 20;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(footer, new Font(font, SIZE)), document.left(), y, 0);
        // "página 3 de " then the template that receives the count when the document closes
        String text = pageOf.formatted(writer.getPageNumber()) + " ";
        float textWidth = font.getWidthPoint(text, SIZE);
        float x = document.right() - textWidth - 24;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(text, new Font(font, SIZE)), x, y, 0);
        writer.getDirectContent().addTemplate(total, x + textWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
