package br.com.patritech.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetImports;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.Translations;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.custody.CustodyImports;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.SystemUser;

/**
 * Runs import jobs off the request thread, a few at a time: reads the stored file in batches of {@value #BATCH}
 * rows, checked and written set-based ({@link AssetImports}), with the job's progress saved after each. "Only valid
 * rows" commits each batch; "all or nothing" runs the whole file in one transaction that is undone when any row was
 * refused.
 */
@Component
class ImportRunner {

    /** What the worker needs to know about a job; the user is passed along, since no session is on its thread. */
    record Work(long jobId, Path file, String fileName, Map<ImportColumn, Integer> mapping, List<String> header,
                ImportMode mode, boolean createPlaces, AppUser user, Locale locale) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int BATCH = 1000;

    private final ImportJobStore store;
    private final AssetImports imports;
    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final CatalogService catalog;
    private final CustodyImports custody;
    private final Translations translations;
    private final TransactionTemplate transactions;
    /** Outside the "all or nothing" transaction: what the user follows and gets back even when that is undone. */
    private final TransactionTemplate apart;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers;
    /** patritech_import_jobs_total{status="DONE|FAILED"}: import jobs finished, counted once their end is committed. */
    private final Map<ImportStatus, io.micrometer.core.instrument.Counter> finishedJobs =
            new java.util.EnumMap<>(ImportStatus.class);

    ImportRunner(ImportJobStore store, AssetImports imports, JdbcTemplate jdbc, OrganizationService organization,
                 CatalogService catalog, CustodyImports custody, Translations translations, TransactionTemplate transactions,
                 ApplicationEventPublisher events, @Value("${patritech.import.workers:2}") int workers,
                 io.micrometer.core.instrument.MeterRegistry registry) {
        for (ImportStatus status : ImportStatus.values()) {
            if (status.finished()) {
                finishedJobs.put(status, io.micrometer.core.instrument.Counter.builder("patritech.import.jobs")
                        .tag("status", status.name()).description("Spreadsheet import jobs finished, by outcome")
                        .register(registry));
            }
        }
        this.store = store;
        this.imports = imports;
        this.jdbc = jdbc;
        this.organization = organization;
        this.catalog = catalog;
        this.custody = custody;
        this.translations = translations;
        this.transactions = transactions;
        this.apart = new TransactionTemplate(transactions.getTransactionManager());
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.workers = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("import-", 1).daemon()
                .factory());
    }

    void submit(Work work) {
        workers.submit(() -> SystemUser.callAs(work.user(), () -> {
            run(work);
            return null;
        }));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private void run(Work work) {
        long started = System.nanoTime();
        try {
            ImportPlaces places = new ImportPlaces(jdbc, organization, catalog, work.createPlaces());
            ImportRowReader reader = new ImportRowReader(work.mapping(), places, translations);
            ImportPersons persons = new ImportPersons(custody, work.createPlaces(), work.user());
            int total = count(work.file());
            store.status(work.jobId(), ImportStatus.IMPORTING, total);
            Counts counts = work.mode() == ImportMode.ALL_OR_NOTHING ? allOrNothing(work, reader, persons)
                    : validOnly(work, reader, persons);
            finish(work, ImportStatus.DONE, counts, null);
            log.info("Import {} of {}: {} rows in, {} refused, in {} ms", work.jobId(), work.fileName(),
                    counts.imported(), counts.rejected(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | IOException e) {
            log.error("Import {} of {} failed", work.jobId(), work.fileName(), e);
            finish(work, ImportStatus.FAILED, new Counts(0, 0, 0), e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(work.file());
            } catch (IOException e) {
                log.warn("Could not delete {}", work.file(), e);
            }
        }
    }

    record Counts(int processed, int imported, int rejected) {
        Counts plus(ImportBatch.Outcome outcome, int rows) {
            return new Counts(processed + rows, imported + outcome.imported(), rejected + outcome.rejected());
        }
    }

    /**
     * "Only valid rows": each batch in its own transaction, its good rows kept even when a later batch has bad ones.
     * Places are looked up (and created) before the batch's transaction, each in its own.
     */
    private Counts validOnly(Work work, ImportRowReader reader, ImportPersons persons) throws IOException {
        ImportBatch batch = new ImportBatch(work, reader, imports, translations, persons);
        Counts[] counts = {new Counts(0, 0, 0)};
        inBatches(work.file(), lines -> {
            List<ImportRowReader.Read> reads = batch.read(lines);
            ImportBatch.Outcome outcome = transactions.execute(tx -> batch.process(reads, true, false,
                    refused -> store.reject(work.jobId(), refused)));
            counts[0] = counts[0].plus(outcome, lines.size());
            store.progress(work.jobId(), counts[0].processed(), counts[0].imported(), counts[0].rejected());
        });
        return counts[0];
    }

    /**
     * "All or nothing": the whole file in ONE transaction (places created on the way included), written batch by batch
     * while no row is refused, only checked after the first refusal, and rolled back at the end when any row was
     * refused, so that nothing at all is left behind. The refused rows and the progress are saved in short transactions
     * of their own, for the user to follow and to get back even when everything else is undone. Meanwhile the tombo
     * series and the totals' cells it wrote stay locked to others' registrations until it ends.
     */
    private Counts allOrNothing(Work work, ImportRowReader reader, ImportPersons persons) {
        ImportBatch batch = new ImportBatch(work, reader, imports, translations, persons);
        return transactions.execute(tx -> {
            Counts[] counts = {new Counts(0, 0, 0)};
            try {
                inBatches(work.file(), lines -> {
                    ImportBatch.Outcome outcome = batch.process(batch.read(lines), counts[0].rejected() == 0,
                            true, refused -> apart.executeWithoutResult(t -> store.reject(work.jobId(), refused)));
                    counts[0] = counts[0].plus(outcome, lines.size());
                    apart.executeWithoutResult(t -> store.progress(work.jobId(), counts[0].processed(), 0,
                            counts[0].rejected()));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (counts[0].rejected() > 0) {
                tx.setRollbackOnly();
                return new Counts(counts[0].processed(), 0, counts[0].rejected());
            }
            return counts[0];
        });
    }

    /** Hands the file's rows over {@value #BATCH} at a time. */
    private static void inBatches(Path file, Consumer<List<ImportFile.Line>> handle) throws IOException {
        List<ImportFile.Line> lines = new ArrayList<>(BATCH);
        ImportFile.read(file, Integer.MAX_VALUE, line -> {
            lines.add(line);
            if (lines.size() == BATCH) {
                handle.accept(List.copyOf(lines));
                lines.clear();
            }
        });
        if (!lines.isEmpty()) {
            handle.accept(List.copyOf(lines));
        }
    }

    private static int count(Path file) throws IOException {
        int[] rows = {0};
        ImportFile.read(file, Integer.MAX_VALUE, line -> rows[0]++);
        return rows[0];
    }

    /** The job's end, the audit entry and the notification's event, committed together. */
    private void finish(Work work, ImportStatus status, Counts counts, String failure) {
        transactions.executeWithoutResult(tx -> {
            store.finish(work.jobId(), status, counts.imported(), counts.rejected(), failure);
            Long unitId = singleUnit(work);
            events.publishEvent(new AuditedAction("IMPORT_RUN", work.fileName(), unitId,
                    status + ": " + counts.imported() + " / " + counts.rejected()));
            events.publishEvent(new ImportFinished(work.jobId(), work.user().id(), work.fileName(), counts.imported(),
                    counts.rejected()));
        });
        finishedJobs.get(status).increment();
    }

    /** The unit an import concerns when the user works in exactly one, else none (several or all units). */
    private static Long singleUnit(Work work) {
        return work.user().visibleUnits().isAll() || work.user().unitIds().size() != 1 ? null
                : work.user().unitIds().iterator().next();
    }
}
