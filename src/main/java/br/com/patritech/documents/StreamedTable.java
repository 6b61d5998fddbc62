package br.com.patritech.documents;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * One long table written as its rows come, for {@link PdfTableStream} and {@link PdfReportStream}: OpenPDF gets it
 * every {@value #FLUSH_EVERY} rows, lays out the pages those rows fill and lets go of them, so no more than that many
 * rows are held. On the page it reads as one table: its spacing before comes once, above the first rows, and its
 * spacing after once, under the last, so the chunks follow each other without a gap; its header rows repeat at the
 * top of each page, not at each chunk.
 */
final class StreamedTable {

    static final int FLUSH_EVERY = 200;

    private final Document pdf;
    private final PdfPTable table;
    private final float spacingAfter;
    private int pending;

    /** {@code table}: its header rows already added, no body row yet. */
    StreamedTable(Document pdf, PdfPTable table) {
        this.pdf = pdf;
        this.table = table;
        this.spacingAfter = table.spacingAfter();
        table.setComplete(false);
        table.setSpacingAfter(0);
    }

    /** One body row: cells covering the table's columns (a cell's colspan counts for the columns it spans). */
    void row(PdfPCell... cells) {
        for (PdfPCell cell : cells) {
            table.addCell(cell);
        }
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
    }

    /** Lays out the rows so far, e.g. before a paragraph that must come after them. */
    void flush() {
        if (pending > 0) {
            pdf.add(table);
            table.setSpacingBefore(0); // the next rows continue the table where these ended
            pending = 0;
        }
    }

    /** Lays out the last rows and the spacing after the table. */
    void end() {
        table.setComplete(true);
        table.setSpacingAfter(spacingAfter);
        pdf.add(table);
    }
}
