package br.com.patritech.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import br.com.patritech.base.Translations;

/**
 * The files an import hands out, written with the export's sheets (so text is neutralised, SpreadsheetText): the
 * template (every column, headed as the import recognises them, and one example row) and the refused rows.
 */
@Component
public class ImportTemplates {

    private final Translations translations;

    ImportTemplates(Translations translations) {
        this.translations = translations;
    }

    /** "modelo-importacao.csv" / "import-template.xlsx". */
    public String templateName(ExportFormat format, Locale locale) {
        return translations.getTranslation("import.file.template", Translations.supported(locale)) + "."
                + format.extension();
    }

    public void writeTemplate(ExportFormat format, Locale requested, OutputStream out) throws IOException {
        Locale locale = Translations.supported(requested);
        ExportSheet sheet = sheet(format, locale, translations.getTranslation("import.sheet.template", locale), out);
        sheet.header(Arrays.stream(ImportColumn.values())
                .map(c -> translations.getTranslation("import.column." + c.name(), locale)).toList());
        sheet.row(Arrays.asList("EX-000001", translations.getTranslation("import.example.name", locale), null,
                "SN-5CD1234XYZ", translations.getTranslation("import.example.category", locale), "SED-001",
                translations.getTranslation("import.example.room", locale), new BigDecimal("4800.00"),
                LocalDate.of(2024, 3, 15), "Dell Computadores do Brasil Ltda", "000123456",
                label("Origin.PROPRIO", locale), label("Conservation.BOM", locale),
                label("Classification.EM_USO", locale), label("AssetStatus.ATIVO", locale), "529.982.247-25",
                translations.getTranslation("import.example.person", locale)));
        sheet.finish();
    }

    static void writeRejected(ImportJobStore store, Translations translations, long jobId, ExportFormat format,
                              Locale requested, OutputStream out) throws IOException {
        Locale locale = Translations.supported(requested);
        ExportSheet sheet = sheet(format, locale, translations.getTranslation("import.sheet.rejected", locale), out);
        List<String> header = new ArrayList<>(store.header(jobId));
        header.add(translations.getTranslation("import.rejected.error-column", locale));
        sheet.header(header);
        try {
            store.forEachRejectedLine(jobId, (cells, errors) -> {
                List<Object> row = new ArrayList<>(cells);
                while (row.size() < header.size() - 1) {
                    row.add(null);
                }
                row.add(errors);
                try {
                    sheet.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
    }

    private String label(String key, Locale locale) {
        return translations.getTranslation("enum." + key, locale);
    }

    private static ExportSheet sheet(ExportFormat format, Locale locale, String name, OutputStream out)
            throws IOException {
        return format == ExportFormat.CSV ? new CsvExportSheet(out, locale)
                : new XlsxExportSheet(out, name, !Locale.ENGLISH.equals(locale));
    }
}
