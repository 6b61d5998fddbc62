package br.com.patritech.documents;

import java.util.List;

/**
 * A printable document as its reader sees it: every text already translated and every value already formatted by
 * the feature that issues it (a term, a transfer guide, a report). {@link PdfDocuments} lays it out on A4.
 *
 * @param institution  printed at the top of every page (the installation's name)
 * @param title        e.g. "Termo de Responsabilidade"
 * @param number       the document's number as printed, e.g. "TR-2026-000042"; may be null
 * @param header       label/value pairs under the title (unit, person, date, ...)
 * @param intro        paragraphs before the table (the legal text)
 * @param table        the items; may be null
 * @param totals       label/value pairs right under the table
 * @param closing      paragraphs after the table
 * @param signatures   one signature line each, with the caption printed under it
 * @param verification a QR code and a short code that lead to a verification page; may be null
 * @param cnpj         the institution's CNPJ as printed under its name; may be null
 * @param logo         the institution's logo (PNG or JPEG) printed beside the heading; may be null
 */
public record PrintedDocument(String institution, String title, String number, List<Field> header, List<String> intro,
                              Table table, List<Field> totals, List<String> closing, List<String> signatures,
                              Verification verification, String cnpj, byte[] logo) {

    /** A document headed by the institution's name only. */
    public PrintedDocument(String institution, String title, String number, List<Field> header, List<String> intro,
                           Table table, List<Field> totals, List<String> closing, List<String> signatures,
                           Verification verification) {
        this(institution, title, number, header, intro, table, totals, closing, signatures, verification, null, null);
    }

    public PrintedDocument {
        header = List.copyOf(header);
        intro = List.copyOf(intro);
        totals = List.copyOf(totals);
        closing = List.copyOf(closing);
        signatures = List.copyOf(signatures);
    }

    public record Field(String label, String value) {
    }

    /**
     * @param headers      column titles
     * @param widths       relative widths, one per column
     * @param rightAligned per column: true for numbers and money
     * @param rows         each row has one cell per column (null prints empty)
     */
    public record Table(List<String> headers, float[] widths, boolean[] rightAligned, List<List<String>> rows) {
        public Table {
            if (widths.length != headers.size() || rightAligned.length != headers.size()) {
                throw new IllegalArgumentException("one width and one alignment per column");
            }
        }
    }

    /** @param url what the QR code encodes; {@code caption} is printed beside it, with the code in it. */
    public record Verification(String url, String caption) {
    }
}
