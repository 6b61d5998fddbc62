package br.com.patritech.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetImports;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Translations;

/**
 * One pass over a file, a batch at a time: each row read into the asset form (places resolved first, outside the
 * transaction, since creating one runs its own), then in one transaction every row checked with the registration
 * rules plus "tombo repeated in this file", the good ones written (when writing), and the refused ones stored with
 * their messages in the job's language.
 */
final class ImportBatch {

    record Outcome(int imported, int rejected) {
    }

    private final ImportRunner.Work work;
    private final ImportRowReader reader;
    private final AssetImports imports;
    private final ImportJobStore store;
    private final Translations translations;
    private final TransactionTemplate transactions;
    private final boolean write;
    /** Tombos seen so far in this pass, with the line that had them first. */
    private final Map<String, Integer> seenTombos = new HashMap<>();

    ImportBatch(ImportRunner.Work work, ImportRowReader reader, AssetImports imports, ImportJobStore store,
                Translations translations, TransactionTemplate transactions, boolean write) {
        this.work = work;
        this.reader = reader;
        this.imports = imports;
        this.store = store;
        this.translations = translations;
        this.transactions = transactions;
        this.write = write;
    }

    Outcome process(List<ImportFile.Line> lines) {
        if (lines.isEmpty()) {
            return new Outcome(0, 0);
        }
        List<ImportRowReader.Read> reads = lines.stream().map(reader::read).toList();
        return transactions.execute(tx -> {
            List<List<DomainException.Violation>> checks = imports.check(
                    reads.stream().map(ImportRowReader.Read::form).toList(), work.user());
            List<AssetForm> good = new ArrayList<>();
            List<Object[]> refused = new ArrayList<>();
            int rejectedRows = 0;
            for (int i = 0; i < reads.size(); i++) {
                List<Object[]> problems = problems(reads.get(i), checks.get(i));
                if (problems.isEmpty()) {
                    good.add(reads.get(i).form());
                } else {
                    refused.addAll(problems);
                    rejectedRows++;
                }
            }
            int imported = write ? imports.insert(good, work.user(), work.fileName()) : 0;
            store.reject(work.jobId(), refused);
            return new Outcome(imported, rejectedRows);
        });
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
        for (DomainException.Violation violation : violations) {
            ImportColumn column = ImportColumn.ofFormField(violation.field()).orElse(null);
            if (column == null || !unreadable.contains(column)) {
                found.add(new Object[] {line, header(column), message(violation.messageKey(), violation.args()),
                    cells});
            }
        }
        String tombo = read.form().getTombo() == null ? "" : read.form().getTombo().trim().toUpperCase();
        if (!tombo.isEmpty()) {
            Integer first = seenTombos.putIfAbsent(tombo, line);
            if (first != null) {
                found.add(new Object[] {line, header(ImportColumn.TOMBO),
                    message("import.tombo.repeated", tombo, String.valueOf(first)), cells});
            }
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
