package br.com.patritech.documents;

import java.io.OutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/** Lays a {@link PrintedReport} out on A4, with the same heading, table and signature style as {@link PdfDocuments}. */
public final class PdfReports {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private PdfReports() {
    }

    public static void write(PrintedReport report, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 36, 36, 42, 54);
        org.openpdf.text.pdf.PdfWriter.getInstance(pdf, out);
        pdf.addTitle(report.title());
        pdf.addCreator("PATRI-TECH");
        PdfDocuments.footer(pdf, report.institution() + "  ·  " + report.title() + "  ·  ");
        pdf.open();
        try {
            PdfDocuments.letterhead(pdf, report.institution(), report.cnpj(), report.logo());
            Paragraph title = new Paragraph(report.title(), TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(8);
            pdf.add(title);
            PdfDocuments.fields(pdf, report.header(), Element.ALIGN_LEFT);
            for (PrintedReport.Section section : report.sections()) {
                Paragraph heading = new Paragraph(section.title(), SECTION);
                heading.setSpacingBefore(12);
                pdf.add(heading);
                if (section.table().rows().isEmpty()) {
                    pdf.add(new Paragraph(section.empty(), TEXT));
                } else {
                    pdf.add(PdfDocuments.table(section.table()));
                }
                PdfDocuments.fields(pdf, section.totals(), Element.ALIGN_RIGHT);
            }
            PdfDocuments.signatures(pdf, report.signatures());
        } finally {
            pdf.close();
        }
    }
}
