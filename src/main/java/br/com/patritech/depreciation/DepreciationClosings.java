package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.SystemUser;

/**
 * The monthly closing: months close in order, once, only after they ended; only an ADMIN closes or reopens (the last
 * closed month). One closing runs at a time across every instance, under a ShedLock lock in the database: a second
 * one started meanwhile is refused ({@code depreciation.closing.in-use}). The ledger of a month commits at once.
 */
@Service
public class DepreciationClosings {

    static final String LOCK = "depreciation-closing";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DepreciationClosings.class);

    private final JdbcClient jdbc;
    private final ClosingLedger ledger;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transaction;
    private final Executor background;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Map<String, ClosingProgress> progressByStarter = new ConcurrentHashMap<>();
    /** patritech_depreciation_closings_total: months closed (counted once the closing is committed). */
    private final io.micrometer.core.instrument.Counter closed;

    DepreciationClosings(JdbcClient jdbc, ClosingLedger ledger, LockingTaskExecutor locks, TransactionTemplate transaction,
                         DepreciationJobs jobs, CurrentUser currentUser, Clock clock,
                         org.springframework.context.ApplicationEventPublisher events,
                         io.micrometer.core.instrument.MeterRegistry registry) {
        this.events = events;
        this.closed = io.micrometer.core.instrument.Counter.builder("patritech.depreciation.closings")
                .description("Monthly depreciation closings committed (by hand, by the API or scheduled)")
                .register(registry);
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.locks = locks;
        this.transaction = transaction;
        this.background = jobs.executor();
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClosingStatus status() {
        currentUser.require();
        return currentStatus();
    }

    public boolean mayClose() {
        return currentUser.get().map(AppUser::isAdmin).orElse(false);
    }

    /** Closes a month on the caller's thread (the scheduled run, the API, tests); refused as described above. */
    public ClosingStatus close(YearMonth month) {
        AppUser user = requireAdmin();
        check(month);
        return run(month, user.name(), progress -> { });
    }

    /** Starts closing a month in the background; the starter follows it with {@link #progress()}. */
    public ClosingProgress start(YearMonth month) {
        AppUser user = requireAdmin();
        check(month);
        String starter = user.login();
        progressByStarter.put(starter, ClosingProgress.started(month));
        background.execute(() -> SystemUser.callAs(user, () -> {
            try {
                run(month, user.name(), p -> progressByStarter.put(starter, p));
                progressByStarter.put(starter, progressByStarter.get(starter).closed());
            } catch (DomainException e) {
                progressByStarter.put(starter, progressByStarter.get(starter).refused(e.getMessageKey()));
            } catch (RuntimeException e) {
                log.error("Closing {} failed", month, e);
                progressByStarter.put(starter, progressByStarter.get(starter).refused("depreciation.closing.failed"));
            }
            return null;
        }));
        return progressByStarter.get(starter);
    }

    /** The signed-in user's last closing started with {@link #start}, if any. */
    public Optional<ClosingProgress> progress() {
        return Optional.ofNullable(progressByStarter.get(currentUser.require().login()));
    }

    /**
     * Reopens the last closed month: its ledger rows stay (append-only) but no longer count; it can be closed again.
     * Under the closing lock, so a month never reopens while the next one is being written from it.
     */
    public ClosingStatus reopen(YearMonth month) {
        AppUser user = requireAdmin();
        return locked(() -> transaction.execute(tx -> {
            ClosingStatus status = currentStatus();
            if (status.lastClosed() == null || !status.lastClosed().equals(month)) {
                throw new DomainException("depreciation.reopen.not-last", "month");
            }
            jdbc.sql("update depreciation_closings set status = 'REOPENED', reopened_at = ?, reopened_by = ? where id = ?")
                    .params(Timestamp.from(Instant.now(clock)), user.name(), status.lastClosingId()).update();
            return currentStatus();
        }));
    }

    /** The scheduled run: closes every month that has ended and is due, as the system. */
    void closeDueMonths() {
        SystemUser.run(() -> {
            ClosingStatus status = currentStatus();
            YearMonth lastEnded = YearMonth.now(clock).minusMonths(1);
            YearMonth next = status.lastClosed() == null ? lastEnded : status.nextToClose();
            try {
                while (next != null && !next.isAfter(lastEnded)) {
                    run(next, "sistema", p -> { });
                    next = next.plusMonths(1);
                }
            } catch (DomainException e) {
                log.info("Scheduled closing of {} not run here: {}", next, e.getMessageKey()); // another instance has it
            }
        });
    }

    private ClosingStatus run(YearMonth month, String by, Consumer<ClosingProgress> progress) {
        return locked(() -> {
            ClosingStatus status = transaction.execute(tx -> write(month, by, progress));
            closed.increment(); // committed: the month is closed
            return status;
        });
    }

    /** Runs the work holding the closing lock, or refuses at once when another closing or reopening holds it. */
    private ClosingStatus locked(LockingTaskExecutor.TaskWithResult<ClosingStatus> work) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(2), Duration.ZERO);
        LockingTaskExecutor.TaskResult<ClosingStatus> result;
        try {
            result = locks.executeWithLock(work, lock);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!result.wasExecuted()) {
            throw new DomainException("depreciation.closing.in-use", null);
        }
        return result.getResult();
    }

    private ClosingStatus write(YearMonth month, String by, Consumer<ClosingProgress> progress) {
        check(month); // again, under the lock: another instance may have closed it meanwhile
        long previous = closingOf(month.minusMonths(1)).orElse(-1L);
        boolean fiscal = ledger.fiscalScheduleOn();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into depreciation_closings (month_start, status, started_at, started_by, fiscal)
                values (?, 'CLOSED', ?, ?, ?)""")
                .params(month.atDay(1), Timestamp.from(Instant.now(clock)), by, fiscal).update(key, "id");
        long closing = key.getKeyAs(Number.class).longValue();
        List<ClosingLedger.Chunk> chunks = ledger.chunks();
        for (int i = 0; i < chunks.size(); i++) {
            progress.accept(new ClosingProgress(month, ClosingProgress.State.RUNNING, i, chunks.size(), null));
            ledger.write(closing, previous, month, chunks.get(i), fiscal);
        }
        ledger.writeTotals(closing);
        jdbc.sql("""
                update depreciation_closings set finished_at = ?,
                    asset_count = (select coalesce(sum(asset_count), 0) from depreciation_unit_totals where closing_id = ?),
                    total_amount = (select coalesce(sum(amount), 0) from depreciation_unit_totals where closing_id = ?),
                    fiscal_total_amount = case when fiscal then
                        (select coalesce(sum(fiscal_amount), 0) from depreciation_unit_totals where closing_id = ?) end
                where id = ?""").params(Timestamp.from(Instant.now(clock)), closing, closing, closing, closing).update();
        progress.accept(new ClosingProgress(month, ClosingProgress.State.RUNNING, chunks.size(), chunks.size(), null));
        events.publishEvent(new MonthClosed(month));
        return currentStatus();
    }

    /** A month closes once, after it ended, and right after the last closed one (any ended month to begin with). */
    private void check(YearMonth month) {
        if (month == null) {
            throw new DomainException("depreciation.closing.month.required", "month");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new DomainException("depreciation.closing.not-ended", "month");
        }
        ClosingStatus status = currentStatus();
        if (status.lastClosed() != null && !month.isAfter(status.lastClosed())) {
            throw new DomainException("depreciation.closing.duplicate", "month");
        }
        if (status.lastClosed() != null && !month.equals(status.lastClosed().plusMonths(1))) {
            throw new DomainException("depreciation.closing.out-of-order", "month", status.lastClosed().plusMonths(1));
        }
    }

    private Optional<Long> closingOf(YearMonth month) {
        return jdbc.sql("select id from depreciation_closings where status = 'CLOSED' and month_start = ?")
                .param(month.atDay(1)).query(Long.class).optional();
    }

    ClosingStatus currentStatus() {
        record Last(long id, LocalDate month, long count, BigDecimal total, BigDecimal fiscalTotal) {
        }
        Optional<Last> last = jdbc.sql("""
                select id, month_start, coalesce(asset_count, 0) as asset_count, coalesce(total_amount, 0) as total_amount,
                       fiscal_total_amount
                from depreciation_closings where status = 'CLOSED' order by month_start desc fetch first 1 rows only""")
                .query((rs, n) -> new Last(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).optional();
        YearMonth lastEnded = YearMonth.now(clock).minusMonths(1);
        if (last.isEmpty()) {
            return new ClosingStatus(null, null, 0, BigDecimal.ZERO.setScale(2), lastEnded, null);
        }
        YearMonth lastClosed = YearMonth.from(last.get().month());
        YearMonth next = lastClosed.plusMonths(1);
        return new ClosingStatus(lastClosed, last.get().id(), last.get().count(), last.get().total(),
                next.isAfter(lastEnded) ? null : next, last.get().fiscalTotal());
    }

    private AppUser requireAdmin() {
        AppUser user = currentUser.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only an administrator closes or reopens a month");
        }
        return user;
    }
}
