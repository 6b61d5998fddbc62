package br.com.patritech.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX streamed with FastExcel: rows are flushed every {@value #FLUSH_EVERY}, and their text is written inline in the
 * row (not into the workbook's shared strings table, which FastExcel holds in memory until the end and which would grow
 * with every distinct tombo, name and serial number), so memory stays flat; money and dates are real numbers and dates,
 * which Excel shows in the reader's own language.
 */
final class XlsxExportSheet implements ExportSheet {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final String dateFormat;
    private int row;

    XlsxExportSheet(OutputStream out, String sheetName, boolean portuguese) {
        dateFormat = portuguese ? "dd/mm/yyyy" : "yyyy-mm-dd";
        workbook = new Workbook(out, "PATRI-TECH", "1.0");
        sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> labels) throws IOException {
        for (int column = 0; column < labels.size(); column++) {
            sheet.value(row, column, SpreadsheetText.neutralised(labels.get(column)));
        }
        sheet.range(row, 0, row, labels.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row++;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            switch (cells.get(column)) {
                case null -> { }
                case BigDecimal money -> {
                    sheet.value(row, column, money);
                    sheet.style(row, column).format("#,##0.00").set();
                }
                case LocalDate date -> {
                    sheet.value(row, column, date);
                    sheet.style(row, column).format(dateFormat).set();
                }
                case Object text -> sheet.inlineString(row, column, SpreadsheetText.neutralised(text.toString()));
            }
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
