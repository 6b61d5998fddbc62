package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetHistoryWriter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.HistoryChanges;
import br.com.patritech.assets.HistoryField;
import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/**
 * Revaluations and impairments (NBC TSP 07 / CPC 01): append-only, dated in the first month not closed yet, recorded
 * by an ADMIN or a GESTOR with ASSET_EDIT in the asset's unit, each one a history entry. The closing takes the latest
 * one as the asset's new base from the start of its month. Recorded under the closing's lock, so a month being closed
 * never half-sees one.
 */
@Service
public class DepreciationAdjustments {

    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");

    private final AssetService assets;
    private final BookValues bookValues;
    private final DepreciationClosings closings;
    private final AssetHistoryWriter history;
    private final JdbcClient jdbc;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final Clock clock;

    DepreciationAdjustments(AssetService assets, BookValues bookValues, DepreciationClosings closings,
                            AssetHistoryWriter history, JdbcClient jdbc, LockingTaskExecutor locks,
                            TransactionTemplate transaction, CurrentUser currentUser, Clock clock) {
        this.assets = assets;
        this.bookValues = bookValues;
        this.closings = closings;
        this.history = history;
        this.jdbc = jdbc;
        this.locks = locks;
        this.transaction = transaction;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in user may revalue or impair this asset. */
    public boolean mayAdjust(AssetDetails asset) {
        return currentUser.get().map(u -> u.isAdmin() || u.unitsFor(Permission.ASSET_EDIT).contains(asset.unitId()))
                .orElse(false) && asset.status() != AssetStatus.BAIXADO;
    }

    /** The asset's revaluations and impairments, oldest first (not found outside the caller's units). */
    @Transactional(readOnly = true)
    public List<Adjustment> of(long assetId) {
        assets.get(assetId);
        return jdbc.sql("select * from depreciation_adjustments where asset_id = ? order by id").param(assetId)
                .query((rs, n) -> new Adjustment(rs.getLong("id"), rs.getLong("asset_id"),
                        AdjustmentKind.valueOf(rs.getString("kind")), rs.getObject("adjusted_on", LocalDate.class),
                        YearMonth.from(rs.getObject("month_start", LocalDate.class)), rs.getBigDecimal("previous_book_value"),
                        rs.getBigDecimal("new_value"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"))).list();
    }

    public Adjustment record(long assetId, Adjustment.Request request) {
        AppUser user = currentUser.require();
        AssetDetails asset = assets.get(assetId); // NotFoundException outside the caller's units
        if (!user.isAdmin() && !user.unitsFor(Permission.ASSET_EDIT).contains(asset.unitId())) {
            throw new AccessDeniedException("Revaluing or impairing needs ASSET_EDIT in the asset's unit");
        }
        validate(request);
        if (asset.status() == AssetStatus.BAIXADO) {
            throw new DomainException("depreciation.adjustment.written-off", null);
        }
        if (asset.acquisitionDate() != null && request.date().isBefore(asset.acquisitionDate())) {
            throw new DomainException("depreciation.adjustment.date.before-acquisition", "date");
        }
        LockConfiguration lock = new LockConfiguration(Instant.now(), DepreciationClosings.LOCK, Duration.ofMinutes(5),
                Duration.ZERO);
        try {
            var result = locks.executeWithLock(() -> transaction.execute(tx -> insert(user, asset, request)), lock);
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

    private Adjustment insert(AppUser user, AssetDetails asset, Adjustment.Request request) {
        YearMonth month = YearMonth.from(request.date());
        YearMonth lastClosed = closings.currentStatus().lastClosed();
        if (lastClosed != null && !month.isAfter(lastClosed)) {
            throw new DomainException("depreciation.adjustment.date.closed", "date", lastClosed.plusMonths(1));
        }
        BigDecimal before = bookValues.of(asset.id()).bookValue();
        if (request.kind() == AdjustmentKind.IMPAIRMENT && request.newValue().compareTo(before) >= 0) {
            throw new DomainException("depreciation.adjustment.impairment.not-lower", "newValue");
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into depreciation_adjustments (asset_id, kind, adjusted_on, month_start, previous_book_value,
                    new_value, reason, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(asset.id(), request.kind().name(), request.date(), month.atDay(1), before, request.newValue(),
                        request.reason().trim(), Timestamp.from(now), user.name()).update(key, "id");
        history.append(asset.id(), request.kind().historyType(), user, request.reason(),
                new HistoryChanges().add(HistoryField.BOOK_VALUE, before, request.newValue()));
        return new Adjustment(key.getKeyAs(Number.class).longValue(), asset.id(), request.kind(), request.date(), month,
                before, request.newValue(), request.reason().trim(), now, user.name());
    }

    private void validate(Adjustment.Request request) {
        if (request.kind() == null) {
            throw new DomainException("depreciation.adjustment.kind.required", "kind");
        }
        if (request.date() == null) {
            throw new DomainException("depreciation.adjustment.date.required", "date");
        }
        if (request.date().isAfter(LocalDate.now(clock))) {
            throw new DomainException("depreciation.adjustment.date.future", "date");
        }
        BigDecimal value = request.newValue();
        if (value == null || value.signum() < 0 || value.compareTo(MAX_VALUE) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("depreciation.adjustment.value.invalid", "newValue");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new DomainException("depreciation.adjustment.reason.required", "reason");
        }
        if (request.reason().trim().length() > 1000) {
            throw new DomainException("depreciation.adjustment.reason.too-long", "reason");
        }
    }
}
