package br.com.patritech.reports;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import br.com.patritech.documents.PdfTableStream;

/** The PDF: a caption line where each group begins, the rows, a subtotal where it ends, the grand total at the end. */
final class PdfReportWriter implements ReportWriter {

    private final PdfTableStream pdf;
    private final ReportText text;
    private final ReportColumns columns;

    PdfReportWriter(OutputStream out, PdfTableStream.Heading heading, ReportColumns columns, ReportText text) {
        this.text = text;
        this.columns = columns;
        this.pdf = new PdfTableStream(out, heading,
                columns.keys().stream().map(k -> text.get("report.col." + k)).toList(), columns.widths(),
                columns.rightAligned());
    }

    @Override
    public void groupStart(int level, String caption) {
        pdf.spanRow(text.get("report.group." + columns.groupKeys().get(level)) + ": " + caption, null, false);
    }

    @Override
    public void row(List<String> groups, List<Object> cells) {
        pdf.row(cells.stream().map(text::cell).toList());
    }

    @Override
    public void subtotal(int level, String caption, long count, BigDecimal value) {
        pdf.spanRow(text.get("report.subtotal", text.get("report.group." + columns.groupKeys().get(level)), caption,
                count), text.money(value), true);
    }

    @Override
    public void total(long count, BigDecimal value) {
        if (count == 0) {
            pdf.note(text.get("report.empty"));
        }
        pdf.spanRow(text.get("report.total", count), text.money(value), true);
    }

    @Override
    public void close() {
        pdf.close();
    }
}
