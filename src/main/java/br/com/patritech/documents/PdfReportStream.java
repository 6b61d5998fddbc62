package br.com.patritech.documents;

import java.io.OutputStream;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/**
 * A {@link PrintedReport} written section by section, for reports whose lists are too long to hold: the heading,
 * then small sections whole ({@link #section}) or long lists row by row ({@link #list}, handed to OpenPDF every
 * {@value StreamedTable#FLUSH_EVERY} rows by {@link StreamedTable} so finished pages go to the stream and no more than
 * those rows are held in memory),
 * then the signature lines. Same layout as {@link PdfReports#write}.
 */
public final class PdfReportStream implements AutoCloseable {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private final Document pdf = new Document(PageSize.A4, 36, 36, 42, 54);
    private Rows list;

    public PdfReportStream(OutputStream out, String institution, String title, List<PrintedDocument.Field> header,
                           String cnpj, byte[] logo) {
        org.openpdf.text.pdf.PdfWriter.getInstance(pdf, out);
        pdf.addTitle(title);
        pdf.addCreator("PATRI-TECH");
        PdfDocuments.footer(pdf, institution + "  ·  " + title + "  ·  ");
        pdf.open();
        PdfDocuments.letterhead(pdf, institution, cnpj, logo);
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        pdf.add(heading);
        PdfDocuments.fields(pdf, header, Element.ALIGN_LEFT);
    }

    /** A section whose rows are all at hand (a summary): its title, the table or the empty text, its totals. */
    public void section(PrintedReport.Section section) {
        endList();
        title(section.title());
        if (section.table().rows().isEmpty()) {
            pdf.add(new Paragraph(section.empty(), TEXT));
        } else {
            pdf.add(PdfDocuments.table(section.table()));
        }
        PdfDocuments.fields(pdf, section.totals(), Element.ALIGN_RIGHT);
    }

    /**
     * Starts a long list under its title: add its rows with {@link Rows#row}, then {@link Rows#end} with its totals
     * (known once the rows are written). {@code empty} is printed instead of the table when no row came.
     */
    public Rows list(String title, PrintedDocument.Table columns, String empty) {
        endList();
        title(title);
        list = new Rows(columns, empty);
        return list;
    }

    public void signatures(List<String> captions) {
        endList();
        PdfDocuments.signatures(pdf, captions);
    }

    @Override
    public void close() {
        try {
            endList();
        } finally {
            pdf.close();
        }
    }

    private void title(String text) {
        Paragraph heading = new Paragraph(text, SECTION);
        heading.setSpacingBefore(12);
        pdf.add(heading);
    }

    private void endList() {
        if (list != null) {
            list.end(List.of());
        }
    }

    /** A list being written; its rows go to the page every {@value StreamedTable#FLUSH_EVERY}. */
    public final class Rows {

        private final PrintedDocument.Table columns;
        private final String empty;
        private StreamedTable table;
        private boolean ended;

        private Rows(PrintedDocument.Table columns, String empty) {
            this.columns = columns;
            this.empty = empty;
        }

        public void row(List<String> cells) {
            if (table == null) {
                table = new StreamedTable(pdf, PdfDocuments.table(columns));
            }
            table.row(PdfDocuments.cells(columns, cells));
        }

        /** Completes the table (or prints the empty text) and writes the totals under it. */
        public void end(List<PrintedDocument.Field> totals) {
            if (ended) {
                return;
            }
            ended = true;
            list = null;
            if (table == null) {
                pdf.add(new Paragraph(empty, TEXT));
            } else {
                table.end();
            }
            PdfDocuments.fields(pdf, totals, Element.ALIGN_RIGHT);
        }
    }
}
