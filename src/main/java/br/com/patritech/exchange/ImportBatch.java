package br.com.patritech.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetImports;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Translations;

/**
 * One pass over a file, a batch at a time: each row read into the asset form ({@link #read}, which may create the
 * places the file names), then, in the caller's transaction, every row checked with the registration rules plus
 * "tombo repeated in this file", the good ones written (when writing), and the refused ones handed to the caller with
 * their messages in the job's language. A row whose tombo someone registered between the check and the insert is
 * refused like any duplicate.
 */
final class ImportBatch {

    record Outcome(int imported, int rejected) {
    }

    private final ImportRunner.Work work;
    private final ImportRowReader reader;
    private final AssetImports imports;
    private final Translations translations;
    private final ImportPersons persons;
    /** Tombos seen so far in this pass, with the line that had them first. */
    private final Map<String, Integer> seenTombos = new HashMap<>();

    ImportBatch(ImportRunner.Work work, ImportRowReader reader, AssetImports imports, Translations translations,
                ImportPersons persons) {
        this.persons = persons;
        this.work = work;
        this.reader = reader;
        this.imports = imports;
        this.translations = translations;
    }

    /** The rows read into forms, with the responsible people they name found (or registered) for the batch. */
    List<ImportRowReader.Read> read(List<ImportFile.Line> lines) {
        List<ImportRowReader.Read> reads = lines.stream().map(reader::read).toList();
        persons.resolve(reads);
        return reads;
    }

    /**
     * Checks the rows and, when {@code write}, registers the good ones (with {@code onlyIfAllGood}, only when no row of
     * the batch was refused: "all or nothing" would undo them anyway); the refused rows' problems (line, column header,
     * message, cells) go to {@code refused}. Runs in the caller's transaction.
     */
    Outcome process(List<ImportRowReader.Read> reads, boolean write, boolean onlyIfAllGood,
                    Consumer<List<Object[]>> refused) {
        if (reads.isEmpty()) {
            return new Outcome(0, 0);
        }
        List<List<DomainException.Violation>> checks = imports.check(
                reads.stream().map(ImportRowReader.Read::form).toList(), work.user());
        List<AssetForm> good = new ArrayList<>();
        List<ImportRowReader.Read> goodReads = new ArrayList<>();
        List<Object[]> problems = new ArrayList<>();
        int rejectedRows = 0;
        for (int i = 0; i < reads.size(); i++) {
            List<Object[]> found = problems(reads.get(i), checks.get(i));
            if (found.isEmpty()) {
                good.add(reads.get(i).form());
                goodReads.add(reads.get(i));
            } else {
                problems.addAll(found);
                rejectedRows++;
            }
        }
        int imported = 0;
        if (write && (!onlyIfAllGood || rejectedRows == 0)) {
            AssetImports.Written written = imports.insert(good, persons.custodians(goodReads), work.user(),
                    work.fileName());
            imported = written.imported();
            persons.assign(goodReads, written);
            for (int index : written.tomboTaken()) {
                ImportRowReader.Read read = goodReads.get(index);
                problems.add(new Object[] {read.line().number(), header(ImportColumn.TOMBO),
                    message("asset.tombo.duplicate"), ImportCells.join(read.line().cells())});
                rejectedRows++;
            }
        }
        if (!problems.isEmpty()) {
            refused.accept(problems);
        }
        return new Outcome(imported, rejectedRows);
    }

    /** The row's problems as (line, column header, message, cells); reading problems first, one per column. */
    private List<Object[]> problems(ImportRowReader.Read read, List<DomainException.Violation> violations) {
        int line = read.line().number();
        String cells = ImportCells.join(read.line().cells());
        List<Object[]> found = new ArrayList<>();
        Set<ImportColumn> unreadable = new HashSet<>();
        for (ImportRowReader.Problem problem : read.problems()) {
            unreadable.add(problem.column());
            found.add(new Object[] {line, header(problem.column()), message(problem.messageKey(), problem.args()),
                cells});
        }
        String tombo = read.form().getTombo() == null ? "" : read.form().getTombo().trim().toUpperCase();
        Integer first = tombo.isEmpty() ? null : seenTombos.putIfAbsent(tombo, line);
        for (DomainException.Violation violation : violations) {
            ImportColumn column = ImportColumn.ofFormField(violation.field()).orElse(null);
            boolean repeated = first != null && "asset.tombo.duplicate".equals(violation.messageKey());
            if ((column == null || !unreadable.contains(column)) && !repeated) {
                found.add(new Object[] {line, header(column), message(violation.messageKey(), violation.args()),
                    cells});
            }
        }
        if (first != null) { // said once: an earlier line of this file (perhaps already written) has it
            found.add(new Object[] {line, header(ImportColumn.TOMBO),
                message("import.tombo.repeated", tombo, String.valueOf(first)), cells});
        }
        return found;
    }

    private String header(ImportColumn column) {
        Integer index = column == null ? null : work.mapping().get(column);
        return index == null || index >= work.header().size() ? null : work.header().get(index);
    }

    private String message(String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args).map(a -> a instanceof ImportRowReader.Translated t
                ? translations.getTranslation(t.messageKey(), work.locale()) : a).toArray();
        String text = translations.getTranslation(key, work.locale(), shown);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
