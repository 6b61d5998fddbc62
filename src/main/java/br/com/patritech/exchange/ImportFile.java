package br.com.patritech.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import br.com.patritech.base.DomainException;

/**
 * A stored upload read row by row, never whole: XLSX (recognised by its ZIP signature) with FastExcel's streaming
 * reader, anything else as CSV with Commons CSV, in UTF-8 (with or without BOM) or, when the bytes are not UTF-8,
 * Windows-1252, separated by {@code ;} or {@code ,} (whichever the header line has more of). Row 1 is the header;
 * line numbers are the spreadsheet's (the first data row is line 2).
 */
final class ImportFile {

    /** One data row: its line in the file and its cells as text (XLSX numbers as their plain value). */
    record Line(int number, List<String> cells) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ImportFile() {
    }

    static boolean isXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ReadableWorkbook.isOOXMLZipHeader(in.readNBytes(8));
        }
    }

    /** The header, after handing over the data rows in order (blank rows skipped), at most {@code limit} of them. */
    static List<String> read(Path file, int limit, Consumer<Line> rows) throws IOException {
        requireSpreadsheet(file);
        return isXlsx(file) ? readXlsx(file, limit, rows) : readCsv(file, limit, rows);
    }

    /** Old binary Excel files, PDFs, images: refused before anything is parsed (text has no NUL bytes). */
    private static void requireSpreadsheet(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        }
        boolean binary = false;
        for (byte b : start) {
            binary |= b == 0;
        }
        if (start.length == 0) {
            throw new DomainException("import.file.empty", "file");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(start) && (binary || ReadableWorkbook.isOLE2Header(start))) {
            throw new DomainException("import.file.not-spreadsheet", "file");
        }
    }

    private static List<String> readCsv(Path file, int limit, Consumer<Line> rows) throws IOException {
        Charset charset = charset(file);
        char delimiter = delimiter(file, charset);
        try (Reader reader = reader(file, charset);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                     .get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new DomainException("import.file.empty", "file");
            }
            List<String> header = records.next().toList();
            int count = 0;
            while (count < limit && records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    count++;
                    rows.accept(new Line((int) record.getRecordNumber(), cells));
                }
            }
            return header;
        } catch (UncheckedIOException e) {
            throw new DomainException("import.file.unreadable", "file");
        }
    }

    private static List<String> readXlsx(Path file, int limit, Consumer<Line> rows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             var stream = workbook.getFirstSheet().openStream()) {
            List<String> header = null;
            int count = 0;
            for (Iterator<Row> it = stream.iterator(); (header == null || count < limit) && it.hasNext(); ) {
                Row row = it.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    count++;
                    rows.accept(new Line(row.getRowNum(), cells));
                }
            }
            if (header == null) {
                throw new DomainException("import.file.empty", "file");
            }
            return header;
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | IOException e) {
            throw new DomainException("import.file.not-spreadsheet", "file"); // a ZIP that is no workbook
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static Reader reader(Path file, Charset charset) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, charset);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** UTF-8 unless some bytes are not valid UTF-8 (then the file came from Excel on Windows). Streams the file. */
    static Charset charset(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return WINDOWS_1252;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return decoder.decode(bytes, chars, true).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static char delimiter(Path file, Charset charset) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            String first = reader.readLine();
            if (first == null) {
                throw new DomainException("import.file.empty", "file");
            }
            long semicolons = first.chars().filter(c -> c == ';').count();
            long commas = first.chars().filter(c -> c == ',').count();
            return semicolons >= commas && semicolons > 0 ? ';' : ',';
        }
    }
}
