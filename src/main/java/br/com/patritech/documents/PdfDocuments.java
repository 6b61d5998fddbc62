package br.com.patritech.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays a {@link PrintedDocument} out on A4 with OpenPDF: institution, title and number, the header fields, the
 * legal text, the item table (its header repeated on every page), totals, signature lines, and the verification QR
 * code. Same input, same text: a re-print reads exactly like the first print.
 */
public final class PdfDocuments {

    private static final Font INSTITUTION = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL);
    private static final Font CELL_HEADER = new Font(Font.HELVETICA, 8.5f, Font.BOLD);

    private PdfDocuments() {
    }

    public static byte[] render(PrintedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    public static void write(PrintedDocument source, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 54);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(source.title() + (source.number() == null ? "" : " " + source.number()));
        pdf.addCreator("PATRI-TECH");
        footer(pdf, source.institution() + "  ·  " + source.title()
                + (source.number() == null ? "" : " " + source.number()) + "  ·  ");
        pdf.open();
        try {
            heading(pdf, source);
            fields(pdf, source.header(), Element.ALIGN_LEFT);
            paragraphs(pdf, source.intro());
            if (source.table() != null) {
                pdf.add(table(source.table()));
            }
            fields(pdf, source.totals(), Element.ALIGN_RIGHT);
            paragraphs(pdf, source.closing());
            signatures(pdf, source.signatures());
            if (source.verification() != null) {
                verification(pdf, source.verification());
            }
        } finally {
            pdf.close();
        }
    }

    /** The footer of every page: the text, then the page number. */
    static void footer(Document pdf, String text) {
        HeaderFooter footer = new HeaderFooter(new Phrase(text, INSTITUTION), true);
        footer.setBorder(Rectangle.TOP);
        footer.setAlignment(Element.ALIGN_CENTER);
        pdf.setFooter(footer);
    }

    private static void heading(Document pdf, PrintedDocument source) {
        letterhead(pdf, source.institution(), source.cnpj(), source.logo());
        Paragraph title = new Paragraph(source.title(), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(6);
        pdf.add(title);
        if (source.number() != null) {
            Paragraph number = new Paragraph("Nº " + source.number(), LABEL);
            number.setAlignment(Element.ALIGN_CENTER);
            pdf.add(number);
        }
        pdf.add(new Paragraph(" ", TEXT));
    }

    /** The institution's logo (when saved), name and CNPJ, centred at the top of the first page. */
    static void letterhead(Document pdf, String institution, String cnpj, byte[] logo) {
        if (logo != null) {
            try {
                Image image = Image.getInstance(logo);
                image.scaleToFit(120, 48);
                image.setAlignment(Element.ALIGN_CENTER);
                pdf.add(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Paragraph name = new Paragraph(institution, INSTITUTION);
        name.setAlignment(Element.ALIGN_CENTER);
        pdf.add(name);
        if (cnpj != null) {
            Paragraph number = new Paragraph("CNPJ " + cnpj, INSTITUTION);
            number.setAlignment(Element.ALIGN_CENTER);
            pdf.add(number);
        }
    }

    static void fields(Document pdf, List<PrintedDocument.Field> fields, int alignment) {
        for (PrintedDocument.Field field : fields) {
            Paragraph line = new Paragraph();
            line.setAlignment(alignment);
            line.add(new Chunk(field.label() + ": ", LABEL));
            line.add(new Chunk(field.value() == null ? "" : field.value(), TEXT));
            pdf.add(line);
        }
    }

    private static void paragraphs(Document pdf, List<String> texts) {
        for (String text : texts) {
            Paragraph paragraph = new Paragraph(text, TEXT);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setSpacingBefore(8);
            pdf.add(paragraph);
        }
    }

    static PdfPTable table(PrintedDocument.Table source) {
        PdfPTable table = new PdfPTable(source.widths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (int i = 0; i < source.headers().size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(source.headers().get(i), CELL_HEADER));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            cell.setHorizontalAlignment(source.rightAligned()[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (List<String> row : source.rows()) {
            for (PdfPCell cell : cells(source, row)) {
                table.addCell(cell);
            }
        }
        return table;
    }

    /** One body row of a {@link #table}: a cell per column of {@code source}, null or missing cells empty. */
    static PdfPCell[] cells(PrintedDocument.Table source, List<String> row) {
        PdfPCell[] cells = new PdfPCell[source.headers().size()];
        for (int i = 0; i < cells.length; i++) {
            String value = i < row.size() && row.get(i) != null ? row.get(i) : "";
            cells[i] = new PdfPCell(new Phrase(value, CELL));
            cells[i].setPadding(3);
            cells[i].setHorizontalAlignment(source.rightAligned()[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        }
        return cells;
    }

    /** Two signature lines a row, each with its caption under it. */
    static void signatures(Document pdf, List<String> captions) {
        if (captions.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(36);
        table.setKeepTogether(true);
        for (String caption : captions) {
            PdfPCell cell = new PdfPCell(new Phrase("______________________________________\n" + caption, TEXT));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingTop(28);
            table.addCell(cell);
        }
        if (captions.size() % 2 == 1) {
            PdfPCell empty = new PdfPCell(new Phrase(""));
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        pdf.add(table);
    }

    private static void verification(Document pdf, PrintedDocument.Verification verification) {
        try {
            Image qr = Image.getInstance(QrCodes.png(verification.url(), 240));
            qr.scaleAbsolute(80, 80);
            PdfPTable table = new PdfPTable(new float[] {1, 5});
            table.setWidthPercentage(100);
            table.setSpacingBefore(24);
            table.setKeepTogether(true);
            PdfPCell image = new PdfPCell(qr, false);
            image.setBorder(Rectangle.NO_BORDER);
            table.addCell(image);
            PdfPCell text = new PdfPCell(new Phrase(verification.caption() + "\n" + verification.url(), CELL));
            text.setBorder(Rectangle.NO_BORDER);
            text.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(text);
            pdf.add(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
