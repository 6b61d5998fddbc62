package br.com.patritech.documents;

import java.io.OutputStream;

/**
 * Lays a {@link PrintedReport} out on A4, with the same heading, table and signature style as {@link PdfDocuments};
 * reports with long lists write them row by row with {@link PdfReportStream} instead.
 */
public final class PdfReports {

    private PdfReports() {
    }

    public static void write(PrintedReport report, OutputStream out) {
        try (PdfReportStream pdf = new PdfReportStream(out, report.institution(), report.title(), report.header(),
                report.cnpj(), report.logo())) {
            report.sections().forEach(pdf::section);
            pdf.signatures(report.signatures());
        }
    }
}
