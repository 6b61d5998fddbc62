package br.com.patritech.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** A row's cells kept in one text column (as one CSV record), to give a refused row back exactly as it came. */
final class ImportCells {

    /** Long enough for any real cell; keeps a stored row within its column whatever the file holds. */
    private static final int MAX_CELL = 500;
    private static final int MAX_CELLS = 30;

    private ImportCells() {
    }

    static String join(List<String> cells) {
        List<String> kept = cells.subList(0, Math.min(cells.size(), MAX_CELLS)).stream()
                .map(c -> c == null ? "" : c.length() > MAX_CELL ? c.substring(0, MAX_CELL) : c).toList();
        return CSVFormat.DEFAULT.format(kept.toArray());
    }

    static List<String> split(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            var records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.getFirst().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
