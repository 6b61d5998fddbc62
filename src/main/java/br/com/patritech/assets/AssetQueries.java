package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

import br.com.patritech.security.UnitScope;

/**
 * The asset list, its totals and the dashboard figures as SQL: filtered, sorted, paged and summed in the
 * database, one query per page (no query per row), limited to the units the caller may see.
 */
@Component
class AssetQueries {

    static final String FROM = " from Asset a join a.category c join a.unit u left join a.room r";

    private final EntityManager em;

    AssetQueries(EntityManager em) {
        this.em = em;
    }

    List<AssetRow> page(AssetFilter filter, UnitScope scope, List<AssetSort> sort, int offset, int limit) {
        Where where = where(filter, scope);
        String jpql = "select new br.com.patritech.assets.AssetRow(a.id, a.tombo, a.name, a.serialNumber, c.name,"
                + " u.id, u.code, u.name, r.id, r.name, a.acquisitionValue, a.status, a.classification, a.createdAt)"
                + FROM + where.jpql + orderBy(sort);
        TypedQuery<AssetRow> query = em.createQuery(jpql, AssetRow.class);
        where.params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Without a text search or a room, the totals come from the maintained cells (a few hundred rows whatever the
     * number of assets); a search or a room is summed over the matching assets, bounded by the search itself.
     */
    AssetTotals totals(AssetFilter filter, UnitScope scope) {
        boolean cellsSuffice = (filter.search() == null || filter.search().isBlank()) && filter.roomId() == null;
        return cellsSuffice ? totalsFromCells(filter, scope) : totalsFromAssets(filter, scope);
    }

    private AssetTotals totalsFromAssets(AssetFilter filter, UnitScope scope) {
        Where where = where(filter, scope);
        var query = em.createQuery("select count(a), coalesce(sum(case when a.status <> :writtenOff"
                + " then a.acquisitionValue else 0 end), 0)" + FROM + where.jpql, Object[].class);
        where.params.forEach(query::setParameter);
        query.setParameter("writtenOff", AssetStatus.BAIXADO);
        Object[] row = query.getSingleResult();
        return new AssetTotals(((Number) row[0]).longValue(), toBigDecimal(row[1]));
    }

    private AssetTotals totalsFromCells(AssetFilter filter, UnitScope scope) {
        List<Cell> cells = cells(scope).stream()
                .filter(c -> filter.unitId() == null || filter.unitId() == c.unitId())
                .filter(c -> filter.categoryId() == null || filter.categoryId() == c.categoryId())
                .filter(c -> filter.status() == null || filter.status() == c.status())
                .filter(c -> filter.classification() == null || filter.classification() == c.classification())
                .toList();
        return new AssetTotals(cells.stream().mapToLong(Cell::count).sum(), cells.stream()
                .filter(c -> c.status() != AssetStatus.BAIXADO).map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Assets counted and valued per combination of status, classification, category and unit. */
    record Cell(AssetStatus status, Classification classification, long categoryId, long unitId, long count,
                BigDecimal value) {
    }

    /**
     * Every dashboard figure and the unsearched totals come from the cells {@link AssetTotalsLedger} maintains:
     * a few hundred rows at most, whatever the number of assets.
     */
    List<Cell> cells(UnitScope scope) {
        String where = scope.isAll() ? "" : " and unit_id in (:scope)";
        var query = em.createNativeQuery("select status, classification, category_id, unit_id, asset_count,"
                + " total_value from asset_totals where asset_count <> 0" + where, Object[].class);
        if (!scope.isAll()) {
            query.setParameter("scope", scope.sqlIds());
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Cell(AssetStatus.valueOf((String) r[0]), Classification.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                toBigDecimal(r[5]))).toList();
    }

    record Where(String jpql, Map<String, Object> params) {
    }

    static Where where(AssetFilter filter, UnitScope scope) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.isAll()) {
            clauses.add("u.id in :scope");
            params.put("scope", scope.sqlIds());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            clauses.add("(lower(a.tombo) like :q escape '\\' or lower(a.name) like :q escape '\\'"
                    + " or lower(a.serialNumber) like :q escape '\\')");
            params.put("q", "%" + escapeLike(filter.search().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        addEquals(clauses, params, "u.id", "unitId", filter.unitId());
        addEquals(clauses, params, "r.id", "roomId", filter.roomId());
        addEquals(clauses, params, "c.id", "categoryId", filter.categoryId());
        addEquals(clauses, params, "a.status", "status", filter.status());
        addEquals(clauses, params, "a.classification", "classification", filter.classification());
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static void addEquals(List<String> clauses, Map<String, Object> params, String path, String name,
                                  Object value) {
        if (value != null) {
            clauses.add(path + " = :" + name);
            params.put(name, value);
        }
    }

    /**
     * Ties are broken by id in the direction of the first sort (id descending when unsorted), so one index on
     * (column, id), or (unit_id, column, id) for one unit, serves a page both ways without sorting the table; a
     * tombo is unique and needs no tie-break.
     */
    private static String orderBy(List<AssetSort> sort) {
        List<String> parts = new ArrayList<>();
        for (AssetSort s : sort) {
            parts.add(s.key().jpqlPath() + (s.ascending() ? " asc" : " desc"));
        }
        if (sort.stream().noneMatch(s -> s.key() == AssetSortKey.TOMBO)) {
            parts.add(sort.isEmpty() || !sort.get(0).ascending() ? "a.id desc" : "a.id asc"); // stable paging
        }
        return " order by " + String.join(", ", parts);
    }

    /** '%' and '_' typed by a person are literal characters, not wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static BigDecimal toBigDecimal(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
