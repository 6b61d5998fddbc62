package br.com.patritech.documents;

import java.util.List;

/**
 * A report of several titled tables (a summary, then lists), already translated and formatted by the feature;
 * {@link PdfReports} lays it out on A4, with the signature lines at the end. {@code cnpj} and {@code logo} (PNG or
 * JPEG) head the first page under the institution's name when given.
 */
public record PrintedReport(String institution, String title, List<PrintedDocument.Field> header,
                            List<Section> sections, List<String> signatures, String cnpj, byte[] logo) {

    /** A report headed by the institution's name only. */
    public PrintedReport(String institution, String title, List<PrintedDocument.Field> header, List<Section> sections,
                         List<String> signatures) {
        this(institution, title, header, sections, signatures, null, null);
    }

    public PrintedReport {
        header = List.copyOf(header);
        sections = List.copyOf(sections);
        signatures = List.copyOf(signatures);
    }

    /** A titled table; {@code empty} is printed instead of the table when it has no rows. */
    public record Section(String title, PrintedDocument.Table table, List<PrintedDocument.Field> totals, String empty) {
        public Section {
            totals = List.copyOf(totals);
        }
    }
}
