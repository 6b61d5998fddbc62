package br.com.patritech.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import br.com.patritech.base.Translations;

/**
 * The audit trail as CSV, like the asset export (decision 0014): pt-BR with a UTF-8 BOM, {@code ;} and dd/MM/yyyy;
 * English with {@code ,} and ISO dates; a cell that a spreadsheet would run as a formula gets a leading apostrophe.
 */
final class AuditCsv {

    private static final List<String> COLUMNS = List.of("audit.column.when", "audit.column.action", "audit.column.who",
            "audit.column.subject", "audit.column.unit", "audit.column.detail", "audit.column.address");

    private final CSVPrinter printer;
    private final Locale locale;
    private final Translations translations;
    private final DateTimeFormatter times;

    AuditCsv(OutputStream out, Locale locale, Translations translations) throws IOException {
        this.locale = locale;
        this.translations = translations;
        boolean portuguese = !Locale.ENGLISH.equals(locale);
        times = DateTimeFormatter.ofPattern(portuguese ? "dd/MM/yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.systemDefault());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (portuguese) {
            writer.write('\uFEFF'); // without it Excel reads UTF-8 as Windows-1252
        }
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(portuguese ? ';' : ',')
                .setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS.stream().map(key -> translations.getTranslation(key, locale)).toList());
    }

    void row(AuditEntry entry) throws IOException {
        printer.printRecord(Stream.of(times.format(entry.occurredAt()), AuditActions.label(entry.action(), translations,
                        locale), entry.actor(), entry.subject(), entry.unitCode(), entry.detail(), entry.clientAddress())
                .map(AuditCsv::neutralised).toList());
    }

    void finish() throws IOException {
        printer.flush();
    }

    /** OWASP CSV injection: text beginning with = + - @ tab or CR is read as text, not run as a formula. */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
