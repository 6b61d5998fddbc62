package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import br.com.patritech.security.UnitScope;

/**
 * Reads the cells {@link AssetTotalsLedger} maintains (count and value per unit, category, status, classification):
 * the unsearched list totals and every dashboard figure, summed by the database over at most a few ten thousand
 * cells (50 units x 40 categories x states), whatever the number of assets.
 */
@Component
class AssetTotalsCells {

    private static final String ACTIVE = "status <> 'BAIXADO'";

    /** The dimensions the dashboard groups by, as columns of asset_totals. */
    enum Dimension {
        STATUS("status"), CLASSIFICATION("classification"), CATEGORY("category_id"), UNIT("unit_id");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** One group's key (a status or classification name, a category or unit id) and its figures. */
    record Group(String key, long count, long activeCount, BigDecimal activeValue) {
    }

    private final JdbcTemplate jdbc;

    AssetTotalsCells(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AssetTotals totals(AssetFilter filter, UnitScope scope) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(scopeClause(scope, args));
        equal(where, args, "unit_id", filter.unitId());
        equal(where, args, "category_id", filter.categoryId());
        equal(where, args, "status", filter.status() == null ? null : filter.status().name());
        equal(where, args, "classification", filter.classification() == null ? null : filter.classification().name());
        return jdbc.queryForObject("select coalesce(sum(asset_count), 0), coalesce(sum(case when " + ACTIVE
                + " then total_value else 0 end), 0) from asset_totals" + where, (rs, n) ->
                new AssetTotals(rs.getLong(1), rs.getBigDecimal(2).setScale(2)), args.toArray());
    }

    List<Group> groups(UnitScope scope, Dimension by) {
        List<Object> args = new ArrayList<>();
        return jdbc.query("select " + by.column + ", sum(asset_count), sum(case when " + ACTIVE + " then asset_count"
                + " else 0 end), sum(case when " + ACTIVE + " then total_value else 0 end) from asset_totals"
                + scopeClause(scope, args) + " group by " + by.column + " having sum(asset_count) <> 0",
                (rs, n) -> new Group(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4).setScale(2)),
                args.toArray());
    }

    private static String scopeClause(UnitScope scope, List<Object> args) {
        if (scope.isAll()) {
            return " where 1 = 1";
        }
        List<Long> ids = new ArrayList<>(scope.sqlIds());
        args.addAll(ids);
        return " where unit_id in (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")";
    }

    private static void equal(StringBuilder where, List<Object> args, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
