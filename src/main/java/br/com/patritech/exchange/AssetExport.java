package br.com.patritech.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import br.com.patritech.assets.AssetExportRows;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.Translations;

/**
 * The asset list, as filtered and sorted on screen or in the API, written as a spreadsheet while it is read: the
 * rows and their scope come from {@link AssetExportRows}, never the whole list in memory.
 */
@Service
public class AssetExport {

    private static final List<String> COLUMNS = List.of("asset.field.tombo", "asset.field.name",
            "asset.field.serialNumber", "asset.field.category", "asset.field.unit", "exchange.column.unit-name",
            "asset.field.room", "asset.field.acquisitionValue", "asset.field.status", "asset.field.classification",
            "asset.field.createdAt");

    private final AssetExportRows rows;
    private final Translations translations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssetExport(AssetExportRows rows, Translations translations, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.translations = translations;
        this.clock = clock;
    }

    /** Writes every row the signed-in user sees under this filter, headed and formatted for their language. */
    public void write(AssetFilter filter, List<AssetSort> sort, ExportFormat format, Locale requested,
                      OutputStream out) throws IOException {
        Locale locale = Translations.supported(requested);
        // Recorded when it starts (decision 0016): a download the client abandons was still asked for.
        events.publishEvent(new AuditedAction("EXPORT_RUN", fileName(format, locale), filter.unitId(),
                "format: " + format + "; filter: " + filter + "; sort: " + sort));
        ExportSheet sheet = format == ExportFormat.CSV ? new CsvExportSheet(out, locale)
                : new XlsxExportSheet(out, translations.getTranslation("exchange.sheet.assets", locale),
                        !Locale.ENGLISH.equals(locale));
        sheet.header(COLUMNS.stream().map(key -> translations.getTranslation(key, locale)).toList());
        try {
            rows.forEach(filter, sort, row -> {
                try {
                    sheet.row(cells(row, locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the client went away: stop reading
        }
        sheet.finish();
    }

    /** "bens-2026-11-25.csv" in pt-BR, "assets-2026-11-25.xlsx" in English. */
    public String fileName(ExportFormat format, Locale requested) {
        Locale locale = Translations.supported(requested);
        return translations.getTranslation("exchange.file.assets", locale) + "-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now(clock)) + "." + format.extension();
    }

    private List<Object> cells(AssetRow row, Locale locale) {
        return Arrays.asList(row.tombo(), row.name(), row.serialNumber(), row.categoryName(), row.unitCode(),
                row.unitName(), row.roomName(), row.acquisitionValue(),
                translations.getTranslation("enum.AssetStatus." + row.status().name(), locale),
                translations.getTranslation("enum.Classification." + row.classification().name(), locale),
                row.createdAt() == null ? null : LocalDate.ofInstant(row.createdAt(), ZoneId.systemDefault()));
    }
}
