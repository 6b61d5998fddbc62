package br.com.patritech.depreciation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import br.com.patritech.base.PlannerStatistics;

/**
 * Writes one month of the ledger with set-based SQL: one {@code insert ... select} per chunk of asset ids
 * ({@code patritech.depreciation.closing-chunk}, 250,000 by default; a chunk is only the progress step). Chunks by id,
 * not by unit, so an asset moved to another unit while the month closes is still written exactly once. Amounts are computed in cents as integers so H2 and PostgreSQL round alike, and follow
 * {@link DepreciationSchedule#amount} exactly: floor(D / L) a month, month L takes the rest, never past the residual.
 * The accumulated value before the month comes from the previous closing, or for an asset seen for the first time
 * from the schedule itself (its opening balance). The latest revaluation or impairment up to the month restarts the
 * schedule: from the start of its month the base is its new value, the life what was left of it, the count from zero.
 */
@Component
class ClosingLedger {

    /**
     * Each derived table ends with {@code offset 0 rows}: without it PostgreSQL pulls the subqueries up and pastes each
     * column's expression wherever it is used (before_c three times into amount_c, amount_c three times into the
     * output...), so the same arithmetic ran many times per row; the fence computes each column once per row.
     * <p>
     * The accounting columns, and {@code /*F...*}{@code /} marks where the fiscal ones go: {@link #FISCAL} fills them
     * in, {@link #WITHOUT_FISCAL} writes nulls (a closing with the fiscal schedule off).
     */
    private static final String INSERT = """
            insert into depreciation_entries (closing_id, asset_id, month_start, unit_id, category_id, status,
                classification, base, amount, accumulated, book_value, fiscal_amount, fiscal_accumulated,
                fiscal_book_value)
            select :closing, z.id, :month, z.unit_id, z.category_id, z.status, z.classification, z.base, z.amount_c * 0.01,
                   (z.before_c + z.amount_c) * 0.01, (z.base_c - z.before_c - z.amount_c) * 0.01, /*F_OUT*/
            from (
                select y.*, case when y.k < 1 then 0
                                 when y.k >= y.life then greatest(y.d_c - y.before_c, 0)
                                 else least(y.monthly_c, greatest(y.d_c - y.before_c, 0)) end as amount_c /*F_AMOUNT*/
                from (
                    select x.*, coalesce(x.previous_c, case when x.k <= 1 then 0 when x.k - 1 >= x.life then x.d_c
                                                            else x.monthly_c * (x.k - 1) end) as before_c /*F_BEFORE*/
                    from (
                        select w.*, w.base_c - w.residual_c as d_c,
                               case when w.life > 0 then (w.base_c - w.residual_c) / w.life else 0 end as monthly_c
                               /*F_MONTHLY*/
                        from (
                            select a.id, a.unit_id, a.category_id, a.status, a.classification,
                                   coalesce(j.new_value, a.acquisition_value) as base,
                                   cast(coalesce(j.new_value, a.acquisition_value) * 100 as bigint) as base_c,
                                   case when p.depreciates then cast(round(coalesce(j.new_value, a.acquisition_value)
                                            * p.residual_percent / 100, 2) * 100 as bigint)
                                        else cast(coalesce(j.new_value, a.acquisition_value) * 100 as bigint) end as residual_c,
                                   case when not coalesce(p.depreciates, false) then 0
                                        when j.id is null then p.useful_life_months
                                        else greatest(p.useful_life_months - cast(extract(year from j.month_start) * 12
                                            + extract(month from j.month_start) - 1 - (extract(year from a.acquisition_date) * 12
                                            + extract(month from a.acquisition_date)) as integer), 1) end as life,
                                   cast(:monthIndex - case when j.id is null then extract(year from a.acquisition_date) * 12
                                        + extract(month from a.acquisition_date) else extract(year from j.month_start) * 12
                                        + extract(month from j.month_start) - 1 end as integer) as k,
                                   case when j.month_start = :month then null
                                        else cast(e.accumulated * 100 as bigint) end as previous_c /*F_BASE*/
                            from assets a
                            left join depreciation_policies p on p.category_id = a.category_id
                            left join depreciation_entries e on e.closing_id = :previous and e.asset_id = a.id
                            left join (select asset_id, max(id) as id from depreciation_adjustments
                                       where month_start < :nextMonth group by asset_id) jl on jl.asset_id = a.id
                            left join depreciation_adjustments j on j.id = jl.id /*F_JOIN*/
                            where a.id >= :fromId and a.id < :toId and a.acquisition_date is not null
                              and a.acquisition_date < :nextMonth
                              and (a.status <> 'BAIXADO' or a.write_off_date >= :nextMonth)
                            offset 0 rows
                        ) w
                        offset 0 rows
                    ) x
                    offset 0 rows
                ) y
                offset 0 rows
            ) z
            """;

    /**
     * The fiscal schedule (RFB IN 1700/2017) in the same statement, by the same incremental rule over the acquisition
     * cost with no residual ({@link DepreciationSchedule#fiscal}): rate in hundredths of a percent (rate_bp), monthly
     * quota floor(cost × rate / 1200) in cents, month ceil(1200 / rate) takes the rest. Revaluations and impairments
     * do not touch it (the tax base is the cost), so its month count is always from the acquisition. Before the month:
     * the previous closing's fiscal accumulated, or the schedule's opening balance when that closing did not compute it.
     */
    private static final String FISCAL = INSERT
            .replace("/*F_OUT*/", "z.famount_c * 0.01, (z.fbefore_c + z.famount_c) * 0.01,"
                    + " (z.fbase_c - z.fbefore_c - z.famount_c) * 0.01")
            .replace("/*F_AMOUNT*/", """
                    ,
                                   case when y.fk < 1 or y.flife = 0 then 0
                                        when y.fk >= y.flife then greatest(y.fbase_c - y.fbefore_c, 0)
                                        else least(y.fmonthly_c, greatest(y.fbase_c - y.fbefore_c, 0)) end as famount_c""")
            .replace("/*F_BEFORE*/", """
                    ,
                                   coalesce(x.fprevious_c, case when x.flife = 0 or x.fk <= 1 then 0
                                                                when x.fk - 1 >= x.flife then x.fbase_c
                                                                else x.fmonthly_c * (x.fk - 1) end) as fbefore_c""")
            .replace("/*F_MONTHLY*/", """
                    ,
                                   case when w.rate_bp > 0 then (120000 + w.rate_bp - 1) / w.rate_bp else 0 end as flife,
                                   case when w.rate_bp > 0 then w.fbase_c * w.rate_bp / 120000 else 0 end as fmonthly_c""")
            .replace("/*F_BASE*/", """
                    ,
                                   cast(a.acquisition_value * 100 as bigint) as fbase_c,
                                   coalesce(cast(f.annual_rate_percent * 100 as bigint), 0) as rate_bp,
                                   cast(:monthIndex - (extract(year from a.acquisition_date) * 12
                                        + extract(month from a.acquisition_date)) as integer) as fk,
                                   cast(e.fiscal_accumulated * 100 as bigint) as fprevious_c""")
            .replace("/*F_JOIN*/", "\n        left join depreciation_fiscal_rates f on f.category_id = a.category_id");

    private static final String WITHOUT_FISCAL = INSERT
            .replace("/*F_OUT*/", "cast(null as numeric(15, 2)), cast(null as numeric(15, 2)),"
                    + " cast(null as numeric(15, 2))")
            .replace("/*F_AMOUNT*/", "").replace("/*F_BEFORE*/", "").replace("/*F_MONTHLY*/", "")
            .replace("/*F_BASE*/", "").replace("/*F_JOIN*/", "");

    /** The closing's totals per cell (unit, category, status, classification), then per unit, from those cells. */
    private static final String CELLS = """
            insert into depreciation_cell_totals (closing_id, unit_id, category_id, status, classification, asset_count,
                base, amount, accumulated, book_value, fiscal_amount, fiscal_accumulated, fiscal_book_value)
            select closing_id, unit_id, category_id, status, classification, count(*), sum(base), sum(amount),
                   sum(accumulated), sum(book_value), sum(fiscal_amount), sum(fiscal_accumulated), sum(fiscal_book_value)
            from depreciation_entries where closing_id = :closing
            group by closing_id, unit_id, category_id, status, classification
            """;
    private static final String UNITS = """
            insert into depreciation_unit_totals (closing_id, unit_id, asset_count, base, amount, accumulated, book_value,
                fiscal_amount, fiscal_accumulated, fiscal_book_value)
            select closing_id, unit_id, sum(asset_count), sum(base), sum(amount), sum(accumulated), sum(book_value),
                   sum(fiscal_amount), sum(fiscal_accumulated), sum(fiscal_book_value)
            from depreciation_cell_totals where closing_id = :closing group by closing_id, unit_id
            """;

    /** One chunk: asset ids from {@code fromId} (inclusive) to {@code toId} (exclusive). */
    record Chunk(long fromId, long toId) {
    }

    private final JdbcClient jdbc;
    private final PlannerStatistics statistics;
    private final long chunkSize;

    ClosingLedger(JdbcClient jdbc, PlannerStatistics statistics,
                  @Value("${patritech.depreciation.closing-chunk:250000}") long chunkSize) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.chunkSize = Math.max(1, chunkSize);
    }

    /** The id ranges that cover every asset: the steps of the progress bar. */
    List<Chunk> chunks() {
        record Bounds(Long min, Long max) {
        }
        Bounds bounds = jdbc.sql("select min(id), max(id) from assets")
                .query((rs, n) -> new Bounds(rs.getObject(1, Long.class), rs.getObject(2, Long.class))).single();
        List<Chunk> chunks = new ArrayList<>();
        if (bounds.min() == null) {
            return chunks;
        }
        for (long from = bounds.min(); from <= bounds.max(); from += chunkSize) {
            chunks.add(new Chunk(from, Math.min(from + chunkSize, bounds.max() + 1)));
        }
        return chunks;
    }

    /**
     * Writes the month's rows of one chunk; {@code previous} is the closing of the month before, or -1; with
     * {@code fiscal} the fiscal schedule too, in the same statement.
     */
    int write(long closing, long previous, YearMonth month, Chunk chunk, boolean fiscal) {
        return jdbc.sql(fiscal ? FISCAL : WITHOUT_FISCAL)
                .param("closing", closing)
                .param("month", month.atDay(1))
                .param("monthIndex", month.getYear() * 12 + month.getMonthValue())
                .param("previous", previous)
                .param("fromId", chunk.fromId())
                .param("toId", chunk.toId())
                .param("nextMonth", month.plusMonths(1).atDay(1))
                .update();
    }

    /** Whether the installation computes the fiscal schedule (read once per closing, under its lock). */
    boolean fiscalScheduleOn() {
        return jdbc.sql("select fiscal_schedule from depreciation_settings where id = 1").query(Boolean.class).optional()
                .orElse(false);
    }

    /** Sums the closing's ledger once into cells (what the asset lists read) and those into units (the dashboard). */
    void writeTotals(long closing) {
        jdbc.sql(CELLS).param("closing", closing).update();
        jdbc.sql(UNITS).param("closing", closing).update();
        refreshStatistics();
    }

    /**
     * A closing adds a whole month of rows under a new closing id. PostgreSQL's statistics, taken before, say no row
     * has that id, so a lookup of some assets' rows of it (a search's book value) walks every row of the closing: at
     * 1,000,000 assets 928 ms instead of 20 ms. ANALYZE counts this transaction's own rows, so the statistics commit
     * with the closing; skip_locked leaves it to a concurrent ANALYZE (autovacuum) that already holds the table.
     */
    private void refreshStatistics() {
        statistics.refresh("depreciation_entries");
    }
}
