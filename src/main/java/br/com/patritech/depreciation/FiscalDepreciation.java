package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.base.AuditDetail;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * The optional fiscal schedule (RFB IN 1700/2017) for companies: whether this installation computes it, and each
 * category's fiscal annual rate. Everyone signed in reads them; only an ADMIN changes them, each change in the audit
 * trail and, for a rate, in {@code depreciation_fiscal_rate_changes}. A change applies from the first month not yet
 * closed (closed months are never recomputed) and is made under the closing's lock, so a month being closed never
 * half-sees it.
 */
@Service
public class FiscalDepreciation {

    /** The installation's choice: {@code enabled} = the closing also computes the fiscal schedule. */
    public record Setting(boolean enabled, long version, Instant updatedAt, String updatedBy) {
    }

    static final BigDecimal MIN_RATE = BigDecimal.ONE;
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);

    private static final String SELECT = """
            select c.id, c.name, coalesce(r.annual_rate_percent, 0) as rate, coalesce(r.version, -1) + 1 as version
            from categories c left join depreciation_fiscal_rates r on r.category_id = c.id
            """;

    private final JdbcClient jdbc;
    private final DepreciationClosings closings;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FiscalDepreciation(JdbcClient jdbc, DepreciationClosings closings, LockingTaskExecutor locks,
                       TransactionTemplate transaction, CurrentUser currentUser, ApplicationEventPublisher events,
                       Clock clock) {
        this.jdbc = jdbc;
        this.closings = closings;
        this.locks = locks;
        this.transaction = transaction;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Setting setting() {
        currentUser.require();
        return readSetting();
    }

    /** Whether the fiscal schedule is on (for book values; no user needed). */
    boolean enabled() {
        return readSetting().enabled();
    }

    public boolean mayChange() {
        return currentUser.get().map(AppUser::isAdmin).orElse(false);
    }

    /** Turns the fiscal schedule on or off (ADMIN), on the version the caller saw; from the next closing on. */
    public Setting change(long expectedVersion, boolean enabled) {
        AppUser user = requireAdmin();
        return locked(() -> {
            Setting current = readSetting();
            if (current.version() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException("DepreciationSetting", 1);
            }
            if (current.enabled() == enabled) {
                return current;
            }
            int updated = jdbc.sql("""
                    update depreciation_settings set fiscal_schedule = ?, version = version + 1, updated_at = ?,
                        updated_by = ? where id = 1 and version = ?""")
                    .params(enabled, Timestamp.from(Instant.now(clock)), user.name(), expectedVersion).update();
            if (updated != 1) {
                throw new ObjectOptimisticLockingFailureException("DepreciationSetting", 1);
            }
            events.publishEvent(new AuditedAction("DEPRECIATION_FISCAL_SCHEDULE_CHANGED", "IN RFB 1700/2017", null,
                    AuditDetail.of().add("fiscalSchedule", current.enabled(), enabled).text() + "; from "
                            + YearMonth.from(firstOpenMonth())));
            return readSetting();
        });
    }

    @Transactional(readOnly = true)
    public List<CategoryFiscalRate> rates() {
        currentUser.require();
        return jdbc.sql(SELECT + " order by c.name").query(this::row).list();
    }

    @Transactional(readOnly = true)
    public CategoryFiscalRate rate(long categoryId) {
        currentUser.require();
        return find(categoryId).orElseThrow(() -> new NotFoundException("Category", categoryId));
    }

    /**
     * Saves a category's fiscal annual rate edited on the given version ({@link CategoryFiscalRate#version()}):
     * 0 (no fiscal depreciation) or from 1 to 100 % a year, with at most two decimals.
     */
    public CategoryFiscalRate changeRate(long categoryId, long expectedVersion, BigDecimal annualRatePercent) {
        AppUser user = requireAdmin();
        CategoryFiscalRate current = find(categoryId).orElseThrow(() -> new NotFoundException("Category", categoryId));
        Violations violations = new Violations();
        if (!valid(annualRatePercent)) {
            violations.add("annualRatePercent", "depreciation.fiscal.rate.invalid");
        }
        violations.throwIfAny();
        if (current.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException("FiscalRate", categoryId);
        }
        return locked(() -> {
            write(categoryId, expectedVersion, new FiscalRate(annualRatePercent), user.name());
            CategoryFiscalRate changed = find(categoryId).orElseThrow();
            events.publishEvent(new AuditedAction("DEPRECIATION_FISCAL_RATE_CHANGED", changed.categoryName(), null,
                    AuditDetail.of().add("annualRatePercent", current.annualRatePercent().toPlainString(),
                            changed.annualRatePercent().toPlainString()).text() + "; from "
                            + YearMonth.from(firstOpenMonth())));
            return changed;
        });
    }

    /** Demo data and new installations: the IN 1700/2017 suggestion for each category that has no rate yet. */
    public int applySuggestionsWhereUnset() {
        AppUser user = requireAdmin();
        return locked(() -> {
            int applied = 0;
            for (CategoryFiscalRate category : jdbc.sql(SELECT).query(this::row).list()) {
                Optional<FiscalRate> suggestion = FiscalRateTable.suggestionFor(category.categoryName());
                if (category.version() == 0 && suggestion.isPresent()) {
                    write(category.categoryId(), 0, suggestion.get(), user.name());
                    applied++;
                }
            }
            return applied;
        });
    }

    static boolean valid(BigDecimal rate) {
        return rate != null && rate.stripTrailingZeros().scale() <= 2 && (rate.signum() == 0
                || rate.compareTo(MIN_RATE) >= 0 && rate.compareTo(MAX_RATE) <= 0);
    }

    private void write(long categoryId, long expectedVersion, FiscalRate rate, String by) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = expectedVersion == 0
                ? jdbc.sql("""
                        insert into depreciation_fiscal_rates (category_id, annual_rate_percent, version, updated_at,
                            updated_by) values (?, ?, 0, ?, ?)""")
                        .params(categoryId, rate.annualPercent(), now, by).update()
                : jdbc.sql("""
                        update depreciation_fiscal_rates set annual_rate_percent = ?, version = version + 1,
                            updated_at = ?, updated_by = ? where category_id = ? and version = ?""")
                        .params(rate.annualPercent(), now, by, categoryId, expectedVersion - 1).update();
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException("FiscalRate", categoryId);
        }
        jdbc.sql("""
                insert into depreciation_fiscal_rate_changes (category_id, changed_at, changed_by, effective_from,
                    annual_rate_percent) values (?, ?, ?, ?, ?)""")
                .params(categoryId, now, by, firstOpenMonth(), rate.annualPercent()).update();
    }

    /** The first month not closed yet: where a change takes effect. */
    private LocalDate firstOpenMonth() {
        YearMonth lastClosed = closings.currentStatus().lastClosed();
        return (lastClosed == null ? YearMonth.now(clock) : lastClosed.plusMonths(1)).atDay(1);
    }

    private Setting readSetting() {
        return jdbc.sql("select fiscal_schedule, version, updated_at, updated_by from depreciation_settings where id = 1")
                .query((rs, n) -> new Setting(rs.getBoolean(1), rs.getLong(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional().orElse(new Setting(false, 0, null, null));
    }

    private Optional<CategoryFiscalRate> find(long categoryId) {
        return jdbc.sql(SELECT + " where c.id = ?").param(categoryId).query(this::row).optional();
    }

    private CategoryFiscalRate row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal rate = rs.getBigDecimal("rate").setScale(2);
        return new CategoryFiscalRate(rs.getLong("id"), rs.getString("name"), rate, new FiscalRate(rate).months(),
                rs.getLong("version"));
    }

    /** Runs the change in a transaction holding the closing lock, or refuses while a closing runs. */
    private <T> T locked(Supplier<T> work) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), DepreciationClosings.LOCK, Duration.ofMinutes(5),
                Duration.ZERO);
        try {
            var result = locks.executeWithLock(() -> transaction.execute(tx -> work.get()), lock);
            if (!result.wasExecuted()) {
                throw new DomainException("depreciation.closing.in-use", null);
            }
            return result.getResult();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private AppUser requireAdmin() {
        AppUser user = currentUser.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only an administrator changes the fiscal depreciation");
        }
        return user;
    }
}
