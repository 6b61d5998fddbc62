package br.com.patritech.documents;

import java.io.OutputStream;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A long report written row by row on A4 portrait: the letterhead, title and filter fields, then one table whose
 * header repeats on every page, handed to OpenPDF every {@value StreamedTable#FLUSH_EVERY} rows
 * ({@link StreamedTable}) so finished pages go to the stream and no more than those rows are held in memory;
 * "página X de Y" at the foot of every page ({@link PageOfPages}). Group captions, subtotals and totals are bold lines
 * across the same table.
 */
public final class PdfTableStream implements AutoCloseable {

    /** What heads the first page; {@code pageOf} formats the page number before the count, e.g. "página %d de". */
    public record Heading(String institution, String cnpj, byte[] logo, String title,
                          List<PrintedDocument.Field> fields, String footer, String pageOf) {
    }

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);

    private final Document pdf = new Document(PageSize.A4, 36, 36, 36, 48);
    private final float[] widths;
    private final boolean[] rightAligned;
    private final List<String> headers;
    private final StreamedTable table;

    public PdfTableStream(OutputStream out, Heading heading, List<String> headers, float[] widths,
                          boolean[] rightAligned) {
        this.headers = List.copyOf(headers);
        this.widths = widths.clone();
        this.rightAligned = rightAligned.clone();
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setPageEvent(new PageOfPages(heading.footer(), heading.pageOf()));
        pdf.addTitle(heading.title());
        pdf.addCreator("PATRI-TECH");
        pdf.open();
        PdfDocuments.letterhead(pdf, heading.institution(), heading.cnpj(), heading.logo());
        Paragraph title = new Paragraph(heading.title(), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(4);
        title.setSpacingAfter(6);
        pdf.add(title);
        PdfDocuments.fields(pdf, heading.fields(), Element.ALIGN_LEFT);
        table = new StreamedTable(pdf, newTable());
    }

    public void row(List<String> cells) {
        PdfPCell[] row = new PdfPCell[headers.size()];
        for (int i = 0; i < row.length; i++) {
            String value = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            row[i] = new PdfPCell(new Phrase(value, CELL));
            row[i].setPadding(2.5f);
            row[i].setHorizontalAlignment(rightAligned[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        }
        table.row(row);
    }

    /** A bold line across the table: a group's caption, or with {@code value} a subtotal or the grand total. */
    public void spanRow(String caption, String value, boolean shaded) {
        PdfPCell label = new PdfPCell(new Phrase(caption, BOLD));
        label.setColspan(value == null ? headers.size() : headers.size() - 1);
        label.setPadding(3);
        if (shaded) {
            label.setGrayFill(0.93f);
        }
        if (value == null) {
            table.row(label);
            return;
        }
        PdfPCell amount = new PdfPCell(new Phrase(value, BOLD));
        amount.setPadding(3);
        amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
        if (shaded) {
            amount.setGrayFill(0.93f);
        }
        table.row(label, amount);
    }

    /** A paragraph after the table (e.g. "no rows for these filters"). */
    public void note(String text) {
        table.flush();
        pdf.add(new Paragraph(text, CELL));
    }

    private PdfPTable newTable() {
        PdfPTable created = new PdfPTable(widths);
        created.setWidthPercentage(100);
        created.setSpacingBefore(8);
        created.setHeaderRows(1);
        for (int i = 0; i < headers.size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(headers.get(i), BOLD));
            cell.setGrayFill(0.85f);
            cell.setPadding(3);
            cell.setHorizontalAlignment(rightAligned[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            created.addCell(cell);
        }
        return created;
    }

    @Override
    public void close() {
        try {
            table.end();
        } finally {
            pdf.close();
        }
    }
}
