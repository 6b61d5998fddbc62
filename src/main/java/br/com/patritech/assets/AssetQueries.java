package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import br.com.patritech.security.UnitScope;

/**
 * The asset list, its totals and the dashboard figures as SQL: filtered, sorted, paged and summed in the
 * database, one query per page (no query per row), limited to the units the caller may see.
 */
@Component
class AssetQueries {

    static final String FROM = " from Asset a join a.category c join a.unit u left join a.room r";

    private final EntityManager em;
    private final AssetTotalsCells cells;
    private volatile Boolean postgres;

    AssetQueries(EntityManager em, AssetTotalsCells cells) {
        this.em = em;
        this.cells = cells;
    }

    List<AssetRow> page(AssetFilter filter, UnitScope scope, List<AssetSort> sort, int offset, int limit) {
        return page(filter, scope, sort, offset, limit, false);
    }

    /**
     * With {@code fewMatches} (a search known to match at most the exact-totals limit), the order starts with a
     * constant the indexes do not hold, so PostgreSQL takes the matches from the trigram indexes and sorts those few,
     * instead of walking the whole sort index looking for rare matches (its estimate for LIKE cannot tell).
     */
    List<AssetRow> page(AssetFilter filter, UnitScope scope, List<AssetSort> sort, int offset, int limit,
                        boolean fewMatches) {
        if (!fewMatches) {
            return query(where(filter, scope), sort, null).setFirstResult(offset).setMaxResults(limit).getResultList();
        }
        String prefix = " order by case when a.id > 0 then 0 else 1 end,";
        return matchesFromSearchIndexes(() -> query(where(filter, scope), sort, prefix).setFirstResult(offset)
                .setMaxResults(limit).getResultList());
    }

    /** Keyset page: the rows right after {@code after} in its order, read from the index whatever the depth. */
    List<AssetRow> pageAfter(AssetFilter filter, UnitScope scope, AssetPosition after, int limit) {
        Where where = where(filter, scope);
        String clause = after.sort().key().jpqlPath() + (after.sort().ascending() ? " > :after" : " < :after");
        where.params.put("after", after.sort().key() == AssetSortKey.ID ? Long.valueOf(after.value()) : after.value());
        where = new Where(where.jpql + (where.jpql.isEmpty() ? " where " : " and ") + clause, where.params);
        return query(where, List.of(after.sort()), null).setMaxResults(limit).getResultList();
    }

    private TypedQuery<AssetRow> query(Where where, List<AssetSort> sort, String orderPrefix) {
        String order = orderBy(sort);
        String jpql = "select new br.com.patritech.assets.AssetRow(a.id, a.tombo, a.name, a.serialNumber, c.name,"
                + " u.id, u.code, u.name, r.id, r.name, a.acquisitionValue, a.status, a.classification, a.createdAt)"
                + FROM + where.jpql + (orderPrefix == null ? order : orderPrefix + order.substring(" order by".length()));
        TypedQuery<AssetRow> query = em.createQuery(jpql, AssetRow.class);
        where.params.forEach(query::setParameter);
        return query;
    }

    /**
     * Without a text search or a room, the totals come from the maintained cells (a few hundred rows whatever the
     * number of assets). A search or a room is summed over at most {@code exactLimit} + 1 matching assets: exact
     * up to the limit, "more than the limit" (no value) beyond it, so a broad search never reads every asset.
     */
    AssetTotals totals(AssetFilter filter, UnitScope scope, int exactLimit) {
        boolean cellsSuffice = (filter.search() == null || filter.search().isBlank()) && filter.roomId() == null
                && filter.custodianId() == null && !filter.custodyPending();
        return cellsSuffice ? cells.totals(filter, scope) : totalsFromAssets(filter, scope, exactLimit);
    }

    /** At most {@code limit} + 1 ids of assets the filter lists, read as the totals read them. */
    List<Long> idsMatching(AssetFilter filter, UnitScope scope, int limit) {
        Where where = where(filter, scope);
        var query = em.createQuery("select a.id" + FROM + where.jpql, Long.class);
        where.params.forEach(query::setParameter);
        return matchesFromSearchIndexes(() -> query.setMaxResults(limit + 1).getResultList());
    }

    /** Reads at most {@code exactLimit} + 1 matches (no order: the first the index yields) and sums them here. */
    private AssetTotals totalsFromAssets(AssetFilter filter, UnitScope scope, int exactLimit) {
        Where where = where(filter, scope);
        var query = em.createQuery("select a.status, a.acquisitionValue" + FROM + where.jpql, Object[].class);
        where.params.forEach(query::setParameter);
        List<Object[]> matches = matchesFromSearchIndexes(() -> query.setMaxResults(exactLimit + 1).getResultList());
        if (matches.size() > exactLimit) {
            return AssetTotals.moreThan(exactLimit);
        }
        return new AssetTotals(matches.size(), matches.stream().filter(m -> m[0] != AssetStatus.BAIXADO)
                .map(m -> (BigDecimal) m[1]).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * PostgreSQL reads "any N matches" of a LIKE search by scanning the table (or a whole index) from the start,
     * expecting matches to be common; for a rare term that reads every asset. Bitmaps from its trigram indexes find
     * the matches in a few ms either way, so for this one query it may use nothing else.
     */
    private <T> T matchesFromSearchIndexes(java.util.function.Supplier<T> query) {
        if (postgres == null) {
            postgres = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect() instanceof PostgreSQLDialect;
        }
        if (!postgres || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return query.get();
        }
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        em.createNativeQuery("set local enable_indexscan = off").executeUpdate();
        try {
            return query.get();
        } finally {
            em.createNativeQuery("reset enable_seqscan").executeUpdate();
            em.createNativeQuery("reset enable_indexscan").executeUpdate();
        }
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
        addEquals(clauses, params, "a.custodianId", "custodianId", filter.custodianId());
        if (filter.custodyPending()) {
            clauses.add("a.custodyPending = true");
        }
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
     * tombo (or the id itself) is unique and needs no tie-break.
     */
    private static String orderBy(List<AssetSort> sort) {
        List<String> parts = new ArrayList<>();
        for (AssetSort s : sort) {
            parts.add(s.key().jpqlPath() + (s.ascending() ? " asc" : " desc"));
        }
        if (sort.stream().noneMatch(s -> s.key() == AssetSortKey.TOMBO || s.key() == AssetSortKey.ID)) {
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
