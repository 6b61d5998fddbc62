package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.UnitScope;

/**
 * Book values for the asset lists, as of the last closed month: the values of one fetched page (one query) and the
 * total of a list filter. Scoped to the caller's units like the list itself.
 * <p>
 * The total never reads the whole ledger: without a text search, room or custodian it sums the closing's cells
 * ({@code depreciation_cell_totals}, unit × category × status × classification as they were at the closing); with
 * them it takes the list's own matches as {@link AssetService#idsMatching} gives them, capped like the list's totals,
 * and beyond the cap says "not exact" as the list does.
 */
@Service
public class ListBookValues {

    /** The book value of a filter as of {@code asOf}; {@code bookValue} is null when more assets match than the limit. */
    public record Total(YearMonth asOf, long assetCount, BigDecimal bookValue) {

        public boolean exact() {
            return bookValue != null;
        }
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AssetService assets;
    private final int searchLimit;
    private final int exactLimit;

    /** With the list's own limits (see {@link AssetService#totals}), so that both say "not exact" alike. */
    ListBookValues(JdbcClient jdbc, CurrentUser currentUser, AssetService assets,
                   @Value("${patritech.assets.search-totals-limit:1000}") int searchLimit,
                   @Value("${patritech.assets.exact-totals-limit:10000}") int exactLimit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.assets = assets;
        this.searchLimit = searchLimit;
        this.exactLimit = exactLimit;
    }

    /** The book value of each asset of a page, from the last closed month; absent ids were not in it. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> ofAssets(List<Long> assetIds) {
        UnitScope scope = currentUser.require().visibleUnits();
        Map<Long, BigDecimal> values = new HashMap<>();
        Optional<Long> closing = lastClosing();
        if (assetIds.isEmpty() || closing.isEmpty()) {
            return values;
        }
        var query = jdbc.sql("select e.asset_id, e.book_value from depreciation_entries e where e.closing_id = :closing"
                        + " and e.asset_id in (:ids)" + (scope.isAll() ? "" : " and e.unit_id in (:scope)"))
                .param("closing", closing.get()).param("ids", assetIds);
        if (!scope.isAll()) {
            query = query.param("scope", scope.sqlIds());
        }
        query.query(rs -> {
            values.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return values;
    }

    /** The book value of every asset the filter lists, as of the last closed month (empty before any closing). */
    @Transactional(readOnly = true)
    public Optional<Total> total(AssetFilter filter) {
        UnitScope scope = currentUser.require().visibleUnits();
        Optional<Long> closing = lastClosing();
        if (closing.isEmpty()) {
            return Optional.empty();
        }
        YearMonth asOf = YearMonth.from(jdbc.sql("select month_start from depreciation_closings where id = ?")
                .param(closing.get()).query(LocalDate.class).single());
        boolean cellsSuffice = (filter.search() == null || filter.search().isBlank()) && filter.roomId() == null
                && filter.custodianId() == null && !filter.custodyPending();
        List<String> where = new ArrayList<>(List.of("t.closing_id = :closing"));
        Map<String, Object> params = new HashMap<>(Map.of("closing", closing.get()));
        equal(where, params, "t.unit_id", "unit", filter.unitId());
        equal(where, params, "t.category_id", "category", filter.categoryId());
        equal(where, params, "t.status", "status", filter.status() == null ? null : filter.status().name());
        equal(where, params, "t.classification", "classification",
                filter.classification() == null ? null : filter.classification().name());
        if (!scope.isAll()) {
            where.add("t.unit_id in (:scope)");
            params.put("scope", scope.sqlIds());
        }
        if (cellsSuffice) {
            return Optional.of(jdbc.sql("select coalesce(sum(t.asset_count), 0), coalesce(sum(t.book_value), 0)"
                            + " from depreciation_cell_totals t where " + String.join(" and ", where)).params(params)
                    .query((rs, n) -> new Total(asOf, rs.getLong(1), rs.getBigDecimal(2))).single());
        }
        // The list's own matches (its search, room, person and scope), capped as its totals are; then their entries.
        boolean search = filter.search() != null && !filter.search().isBlank();
        int limit = search ? searchLimit : exactLimit;
        List<Long> ids = assets.idsMatching(filter, limit);
        if (ids.size() > limit) {
            return Optional.of(new Total(asOf, ids.size(), null));
        }
        if (ids.isEmpty()) {
            return Optional.of(new Total(asOf, 0, BigDecimal.ZERO));
        }
        return Optional.of(jdbc.sql("select count(*), coalesce(sum(e.book_value), 0) from depreciation_entries e"
                        + " where e.closing_id = :closing and e.asset_id in (:ids)")
                .param("closing", closing.get()).param("ids", ids)
                .query((rs, n) -> new Total(asOf, rs.getLong(1), rs.getBigDecimal(2))).single());
    }

    private Optional<Long> lastClosing() {
        return jdbc.sql("select id from depreciation_closings where status = 'CLOSED' order by month_start desc"
                + " fetch first 1 rows only").query(Long.class).optional();
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }
}
