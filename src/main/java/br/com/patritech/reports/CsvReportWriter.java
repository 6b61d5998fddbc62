package br.com.patritech.reports;

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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV: one line per row with its groups as the first columns (so a spreadsheet can filter and pivot), then a
 * total line. pt-BR: UTF-8 BOM, {@code ;}, decimal comma, dd/MM/yyyy; English: {@code ,}, point, yyyy-MM-dd. A cell
 * that a spreadsheet would run as a formula is neutralised with a leading apostrophe (OWASP CSV injection).
 */
final class CsvReportWriter implements ReportWriter {

    private final CSVPrinter printer;
    private final ReportText text;
    private final int groupCount;
    private final int cellCount;
    private final DateTimeFormatter dates;

    CsvReportWriter(OutputStream out, ReportColumns columns, ReportText text) throws IOException {
        this.text = text;
        this.groupCount = columns.groupKeys().size();
        this.cellCount = columns.keys().size();
        this.dates = DateTimeFormatter.ofPattern(text.portuguese() ? "dd/MM/yyyy" : "yyyy-MM-dd");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (text.portuguese()) {
            writer.write('\uFEFF'); // without it Excel reads UTF-8 as Windows-1252
        }
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(text.portuguese() ? ';' : ',')
                .setRecordSeparator("\r\n").get());
        List<String> header = new ArrayList<>();
        columns.groupKeys().forEach(k -> header.add(text.get("report.group." + k)));
        columns.keys().forEach(k -> header.add(text.get("report.col." + k)));
        printer.printRecord(header);
    }

    @Override
    public void groupStart(int level, String caption) {
        // groups are columns of every row
    }

    @Override
    public void row(List<String> groups, List<Object> cells) throws IOException {
        List<String> record = new ArrayList<>(groupCount + cellCount);
        groups.forEach(g -> record.add(neutralised(g == null ? text.get("report.no-group") : g)));
        cells.forEach(c -> record.add(cell(c)));
        printer.printRecord(record);
    }

    @Override
    public void subtotal(int level, String caption, long count, BigDecimal value) {
        // a spreadsheet sums by itself; subtotal lines would be counted twice
    }

    @Override
    public void total(long count, BigDecimal value) throws IOException {
        List<String> record = new ArrayList<>();
        record.add(text.get("report.total", count));
        while (record.size() < groupCount + cellCount - 1) {
            record.add("");
        }
        record.add(cell(value));
        printer.printRecord(record);
    }

    private String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal money -> {
                String plain = money.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
                yield text.portuguese() ? plain.replace('.', ',') : plain;
            }
            case LocalDate date -> dates.format(date);
            case TextKey key -> text.get(key.key());
            default -> neutralised(value.toString());
        };
    }

    static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
