package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetService;
import br.com.patritech.depreciation.DepreciationSchedule.Month;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.UnitScope;

/**
 * Book values for reading: one asset's (scoped like the asset itself: outside the caller's units it is not found) and
 * the totals per unit of the last closed month for the dashboard.
 */
@Service
public class BookValues {

    /** Acquisition value and book value of the assets in the ledger's last closed month, over the caller's units. */
    public record Totals(YearMonth asOf, long assetCount, BigDecimal acquisitionValue, BigDecimal accumulated,
                         BigDecimal bookValue) {
    }

    private final AssetService assets;
    private final DepreciationPolicies policies;
    private final FiscalDepreciation fiscal;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    BookValues(AssetService assets, DepreciationPolicies policies, FiscalDepreciation fiscal, JdbcClient jdbc,
               CurrentUser currentUser) {
        this.assets = assets;
        this.policies = policies;
        this.fiscal = fiscal;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public AssetBookValue of(long assetId) {
        AssetDetails asset = assets.get(assetId); // NotFoundException outside the caller's units
        DepreciationPolicy policy = policies.of(asset.categoryId()).policy();
        List<Month> past = jdbc.sql("""
                select e.month_start, e.amount, e.accumulated, e.book_value from depreciation_entries e
                join depreciation_closings c on c.id = e.closing_id and c.status = 'CLOSED'
                where e.asset_id = ? order by e.month_start""").param(assetId)
                .query((rs, n) -> new Month(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
        record Latest(BigDecimal newValue, YearMonth month) {
        }
        Optional<Latest> latest = jdbc.sql("""
                select new_value, month_start from depreciation_adjustments where asset_id = ?
                order by id desc fetch first 1 rows only""").param(assetId)
                .query((rs, n) -> new Latest(rs.getBigDecimal(1), YearMonth.from(rs.getObject(2, LocalDate.class))))
                .optional();
        YearMonth asOf = past.isEmpty() ? null : past.getLast().month();
        // A revaluation or impairment restarts the schedule from its month: new base, the rest of the life, from zero.
        BigDecimal base = latest.map(Latest::newValue).orElse(asset.acquisitionValue());
        YearMonth acquired = asset.acquisitionDate() == null ? null : YearMonth.from(asset.acquisitionDate());
        YearMonth origin = latest.map(l -> l.month().minusMonths(1)).orElse(acquired);
        int life = policy.usefulLifeMonths();
        if (latest.isPresent() && acquired != null) {
            life = (int) Math.max(life - acquired.until(origin, ChronoUnit.MONTHS), 1);
        }
        boolean pending = latest.isPresent() && (asOf == null || latest.get().month().isAfter(asOf));
        BigDecimal accumulated = pending || past.isEmpty() ? BigDecimal.ZERO.setScale(2) : past.getLast().accumulated();
        List<Month> projected = new ArrayList<>();
        int remaining = 0;
        if (policy.depreciates() && origin != null) {
            YearMonth next = asOf == null || pending ? origin.plusMonths(1) : asOf.plusMonths(1);
            YearMonth stop = asset.writeOff() == null ? null : YearMonth.from(asset.writeOff().date());
            long k = origin.until(next, ChronoUnit.MONTHS);
            remaining = (int) Math.max(0, life - k + 1);
            BigDecimal depreciable = DepreciationSchedule.depreciable(base, policy);
            BigDecimal running = accumulated;
            for (; k <= life && (stop == null || next.isBefore(stop)); k++, next = next.plusMonths(1)) {
                BigDecimal amount = DepreciationSchedule.amount(depreciable, life, k, running);
                running = running.add(amount);
                projected.add(new Month(next, amount, running, base.subtract(running)));
            }
        }
        return new AssetBookValue(assetId, asset.acquisitionValue(), accumulated, base.subtract(accumulated), asOf,
                policy.depreciates(), policy.usefulLifeMonths(), remaining, past, projected,
                fiscal.enabled() ? fiscal(asset, asOf) : null);
    }

    /**
     * The fiscal schedule of an asset: closed months from the ledger's fiscal columns, the months ahead by the rule
     * the closing applies ({@link ClosingLedger}): after {@code lastClosed} (the asset's last closed month), from the
     * fiscal accumulated of that closing, or from the schedule's opening balance when it did not compute it.
     */
    private FiscalBookValue fiscal(AssetDetails asset, YearMonth lastClosed) {
        CategoryFiscalRate category = fiscal.rate(asset.categoryId());
        FiscalRate rate = category.rate();
        List<Month> past = jdbc.sql("""
                select e.month_start, e.fiscal_amount, e.fiscal_accumulated, e.fiscal_book_value from depreciation_entries e
                join depreciation_closings c on c.id = e.closing_id and c.status = 'CLOSED'
                where e.asset_id = ? and e.fiscal_amount is not null order by e.month_start""").param(asset.id())
                .query((rs, n) -> new Month(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
        YearMonth asOf = past.isEmpty() ? null : past.getLast().month();
        BigDecimal cost = asset.acquisitionValue().setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal accumulated = past.isEmpty() ? BigDecimal.ZERO.setScale(2) : past.getLast().accumulated();
        List<Month> projected = new ArrayList<>();
        int remaining = 0;
        if (rate.depreciates() && asset.acquisitionDate() != null) {
            YearMonth acquired = YearMonth.from(asset.acquisitionDate());
            YearMonth next = lastClosed == null || lastClosed.isBefore(acquired) ? acquired.plusMonths(1)
                    : lastClosed.plusMonths(1);
            long k = acquired.until(next, ChronoUnit.MONTHS);
            int life = rate.months();
            remaining = (int) Math.max(0, life - k + 1);
            BigDecimal running = asOf != null && asOf.equals(lastClosed) ? accumulated
                    : DepreciationSchedule.fiscalOpening(cost, rate, k);
            BigDecimal monthly = rate.monthly(cost);
            YearMonth stop = asset.writeOff() == null ? null : YearMonth.from(asset.writeOff().date());
            for (; k <= life && (stop == null || next.isBefore(stop)); k++, next = next.plusMonths(1)) {
                BigDecimal amount = DepreciationSchedule.amount(cost, monthly, life, k, running);
                running = running.add(amount);
                projected.add(new Month(next, amount, running, cost.subtract(running)));
            }
        }
        return new FiscalBookValue(category.annualRatePercent(), rate.months(), accumulated, cost.subtract(accumulated),
                asOf, remaining, past, projected);
    }

    /** Read from the per-unit totals the closing wrote, never from the ledger itself. */
    @Transactional(readOnly = true)
    public Totals totals() {
        UnitScope scope = currentUser.require().visibleUnits();
        String units = scope.isAll() ? "" : " and t.unit_id in (:units)";
        var query = jdbc.sql("""
                select c.month_start, coalesce(sum(t.asset_count), 0), coalesce(sum(t.base), 0), coalesce(sum(t.accumulated), 0),
                       coalesce(sum(t.book_value), 0)
                from depreciation_closings c left join depreciation_unit_totals t on t.closing_id = c.id""" + units + """
                 where c.id = (select max(id) from depreciation_closings where status = 'CLOSED')
                group by c.month_start""");
        if (!scope.isAll()) {
            query = query.param("units", scope.sqlIds());
        }
        return query.query((rs, n) -> new Totals(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5))).optional()
                .orElse(new Totals(null, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
