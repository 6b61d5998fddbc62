package br.com.patritech.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel opens it in the user's language: pt-BR with a UTF-8 BOM, {@code ;}, decimal comma and dd/MM/yyyy;
 * English with {@code ,}, decimal point and yyyy-MM-dd.
 */
final class CsvExportSheet implements ExportSheet {

    private final CSVPrinter printer;
    private final boolean portuguese;
    private final DateTimeFormatter dates;

    CsvExportSheet(OutputStream out, Locale locale) throws IOException {
        portuguese = !"en".equals(locale.getLanguage());
        dates = DateTimeFormatter.ofPattern(portuguese ? "dd/MM/yyyy" : "yyyy-MM-dd");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (portuguese) {
            writer.write('\uFEFF'); // without it Excel reads UTF-8 as Windows-1252
        }
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(portuguese ? ';' : ',')
                .setRecordSeparator("\r\n").get());
    }

    @Override
    public void header(List<String> labels) throws IOException {
        printer.printRecord(labels.stream().map(SpreadsheetText::neutralised).toList());
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(switch (cell) {
                case null -> "";
                case BigDecimal money -> {
                    String plain = money.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
                    yield portuguese ? plain.replace('.', ',') : plain;
                }
                case LocalDate date -> dates.format(date);
                default -> SpreadsheetText.neutralised(cell.toString());
            });
        }
        printer.printRecord(texts);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
