package br.com.patritech.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;

import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.CurrentUser;

/**
 * Reports generated in the background, two at a time, so a large one never holds a request (or the screen) while
 * it is written; the person who asked polls its progress and downloads the file when it is done, and may leave and
 * come back meanwhile. Jobs and their files are kept for {@link #KEEP} and belong to whoever started them: anyone
 * else gets {@link NotFoundException}.
 */
@Service
public class ReportJobs {

    static final Duration KEEP = Duration.ofHours(2);

    public enum State { RUNNING, DONE, FAILED }

    /** {@code total} is the number of rows expected; {@code file} is set once DONE. */
    public record Status(String id, ReportRequest request, ReportFormat format, State state, long done, long total,
                         ReportService.ReportFile file, String errorKey) {
    }

    private final ReportService reports;
    private final CurrentUser currentUser;
    private final ExecutorService executor = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("report-", 1).daemon().factory());
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ReportJobs(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** Checks the request now (errors reach the caller at once), then writes the report in the background. */
    public String start(ReportRequest request, ReportFormat format, Locale locale) {
        forgetOld();
        ReportService.Checked checked = reports.check(request, format);
        Job job = new Job(UUID.randomUUID().toString(), checked.user().id(), checked.request(), format);
        jobs.put(job.id, job);
        executor.execute(() -> run(job, checked, locale));
        return job.id;
    }

    public Status status(String id) {
        Job job = jobs.get(id);
        if (job == null || job.owner != currentUser.require().id()) {
            throw new NotFoundException("report", id);
        }
        return new Status(job.id, job.request, job.format, job.state, job.done, job.total, job.file, job.errorKey);
    }

    /** The caller's reports of the last {@link #KEEP}, newest first: the screen shows them when they come back. */
    public java.util.List<Status> mine() {
        long me = currentUser.require().id();
        return jobs.values().stream().filter(j -> j.owner == me)
                .sorted(java.util.Comparator.comparing((Job j) -> j.started).reversed()).limit(10)
                .map(j -> status(j.id)).toList();
    }

    private void run(Job job, ReportService.Checked checked, Locale locale) {
        try {
            job.total = reports.rowCount(checked);
            job.file = reports.write(checked, job.format, locale, done -> job.done = done);
            job.state = State.DONE;
        } catch (RuntimeException e) {
            job.errorKey = "report.failed";
            job.state = State.FAILED;
            org.slf4j.LoggerFactory.getLogger(ReportJobs.class).error("Report {} failed", job.id, e);
        }
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> {
            boolean old = job.started.isBefore(limit) && job.state != State.RUNNING;
            if (old && job.file != null) {
                ReportService.delete(job.file.path());
            }
            return old;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        jobs.values().stream().filter(j -> j.file != null).forEach(j -> ReportService.delete(j.file.path()));
    }

    /** A job's state, written by its worker thread and read by the screen's polls. */
    private static final class Job {
        final String id;
        final long owner;
        final ReportRequest request;
        final ReportFormat format;
        final Instant started = Instant.now();
        volatile State state = State.RUNNING;
        volatile long done;
        volatile long total;
        volatile ReportService.ReportFile file;
        volatile String errorKey;

        Job(String id, long owner, ReportRequest request, ReportFormat format) {
            this.id = id;
            this.owner = owner;
            this.request = request;
            this.format = format;
        }
    }
}
