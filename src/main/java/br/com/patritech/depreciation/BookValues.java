package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    BookValues(AssetService assets, DepreciationPolicies policies, JdbcClient jdbc, CurrentUser currentUser) {
        this.assets = assets;
        this.policies = policies;
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
        BigDecimal base = asset.acquisitionValue();
        BigDecimal accumulated = past.isEmpty() ? BigDecimal.ZERO.setScale(2) : past.getLast().accumulated();
        YearMonth asOf = past.isEmpty() ? null : past.getLast().month();
        List<Month> projected = new ArrayList<>();
        int remaining = 0;
        if (policy.depreciates() && asset.acquisitionDate() != null) {
            YearMonth first = YearMonth.from(asset.acquisitionDate()).plusMonths(1);
            YearMonth next = asOf == null ? first : asOf.plusMonths(1);
            YearMonth stop = asset.writeOff() == null ? null : YearMonth.from(asset.writeOff().date());
            long k = first.until(next, java.time.temporal.ChronoUnit.MONTHS) + 1;
            remaining = (int) Math.max(0, policy.usefulLifeMonths() - k + 1);
            BigDecimal depreciable = DepreciationSchedule.depreciable(base, policy);
            BigDecimal running = accumulated;
            for (; k <= policy.usefulLifeMonths() && (stop == null || next.isBefore(stop)); k++, next = next.plusMonths(1)) {
                BigDecimal amount = DepreciationSchedule.amount(depreciable, policy.usefulLifeMonths(), k, running);
                running = running.add(amount);
                projected.add(new Month(next, amount, running, base.subtract(running)));
            }
        }
        return new AssetBookValue(assetId, base, accumulated, base.subtract(accumulated), asOf, policy.depreciates(),
                policy.usefulLifeMonths(), remaining, past, projected);
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
