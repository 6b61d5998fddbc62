package br.com.patritech.assets;

import java.math.BigDecimal;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;
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

    /**
     * What one read of a text search's matches tells: its totals (null when the page is past the last match, so
     * nothing was counted) and its page (null unless the totals are exact: a broad search's page is read in its
     * own order).
     */
    record SearchRead(List<AssetRow> page, AssetTotals totals) {
    }

    /**
     * A text search counted, summed and paged in one query: at most {@code exactLimit} + 1 matches are taken from the
     * trigram indexes (as {@link #totals} takes them), counted and summed over all of them, then sorted and paged. So
     * the indexes are read once per request instead of twice (measured at 1,000,000 assets: 'notebook 12' 8.4 ms for
     * the count and 9.6 ms for the page apart, 10.3 ms together, most of each the trigram bitmap).
     */
    SearchRead searchPage(AssetFilter filter, UnitScope scope, List<AssetSort> sort, int offset, int limit,
                          int exactLimit) {
        // Native: HQL takes no limit in a subquery without an order, and ordering the matches there would read them
        // all (a broad search's 70,000) before the limit. The places are joined to the page's rows only.
        Map<String, Object> params = new HashMap<>();
        // matches (at most exactLimit + 1) -> counted and summed over all of them, sorted, paged -> the page's places
        String sql = "select p.id, p.tombo, p.name, p.serial_number, c.name as category_label, u.id as unit_ref,"
                + " u.code as unit_label, u.name as unit_name, r.id as room_ref, r.name as room_label,"
                + " p.acquisition_value, p.status, p.classification, p.created_at, p.match_count, p.active_value"
                + " from (select m.*, count(*) over () as match_count,"
                + " sum(case when m.status <> 'BAIXADO' then m.acquisition_value end) over () as active_value"
                + " from (select a.id, a.tombo, a.name, a.serial_number, a.category_id, a.unit_id, a.room_id,"
                + " a.acquisition_value, a.status, a.classification, a.created_at, a.category_name, a.unit_code,"
                + " a.room_name from assets a" + nativeWhere(filter, scope, params) + " limit " + (exactLimit + 1)
                + ") m order by " + nativeOrder(sort, "m") + " limit " + limit + " offset " + offset + ") p"
                + " join categories c on c.id = p.category_id join units u on u.id = p.unit_id"
                + " left join rooms r on r.id = p.room_id order by " + nativeOrder(sort, "p");
        var query = em.createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = matchesFromSearchIndexes(query::getResultList);
        if (rows.isEmpty()) {
            return offset == 0 ? new SearchRead(List.of(), new AssetTotals(0, BigDecimal.ZERO))
                    : new SearchRead(null, null);
        }
        long count = ((Number) rows.get(0)[14]).longValue();
        if (count > exactLimit) {
            return new SearchRead(null, AssetTotals.moreThan(exactLimit));
        }
        BigDecimal active = rows.get(0)[15] == null ? BigDecimal.ZERO : toBigDecimal(rows.get(0)[15]).setScale(2);
        return new SearchRead(rows.stream().map(AssetQueries::row).toList(), new AssetTotals(count, active));
    }

    private static AssetRow row(Object[] r) {
        return new AssetRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], toBigDecimal(r[10]),
                AssetStatus.valueOf((String) r[11]), Classification.valueOf((String) r[12]), instant(r[13]));
    }

    private static java.time.Instant instant(Object value) {
        return switch (value) {
            case java.time.Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
        };
    }

    /** {@link #where} in SQL, for {@link #searchPage}: the same conditions on the same columns. */
    private static String nativeWhere(AssetFilter filter, UnitScope scope, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (!scope.isAll()) {
            clauses.add("a.unit_id in (:scope)");
            params.put("scope", scope.sqlIds());
        }
        clauses.add("(lower(a.tombo) like :q escape '\\' or lower(a.name) like :q escape '\\'"
                + " or lower(a.serial_number) like :q escape '\\')");
        params.put("q", "%" + escapeLike(filter.search().trim().toLowerCase(Locale.ROOT)) + "%");
        addEquals(clauses, params, "a.unit_id", "unitId", filter.unitId());
        addEquals(clauses, params, "a.room_id", "roomId", filter.roomId());
        addEquals(clauses, params, "a.category_id", "categoryId", filter.categoryId());
        addEquals(clauses, params, "a.status", "status", filter.status() == null ? null : filter.status().name());
        addEquals(clauses, params, "a.classification", "classification",
                filter.classification() == null ? null : filter.classification().name());
        addEquals(clauses, params, "a.custodian_id", "custodianId", filter.custodianId());
        if (filter.custodyPending()) {
            clauses.add("a.custody_pending = true");
        }
        return " where " + String.join(" and ", clauses);
    }

    /** {@link #orderBy} over the columns {@link #searchPage} selects. */
    private static String nativeOrder(List<AssetSort> sort, String alias) {
        List<String> parts = new ArrayList<>();
        for (String part : orderBy(sort).substring(" order by ".length()).split(", ")) {
            String[] pathAndDirection = part.split(" ");
            String column = switch (pathAndDirection[0]) {
                case "a.id" -> "id";
                case "a.tombo" -> "tombo";
                case "a.name" -> "name";
                case "a.categoryName" -> "category_name";
                case "a.unitCode" -> "unit_code";
                case "a.roomName" -> "room_name";
                case "a.acquisitionValue" -> "acquisition_value";
                case "a.status" -> "status";
                case "a.createdAt" -> "created_at";
                default -> throw new IllegalArgumentException("No column for " + pathAndDirection[0]);
            };
            parts.add(alias + "." + column + " " + pathAndDirection[1]);
        }
        return String.join(", ", parts);
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
        // Both settings in one round trip to the database, not one statement each through Hibernate (whose
        // executeUpdate also walks every entity for caches to clear): a broad search spent 7% of its JVM time on them
        sql("set local enable_seqscan = off; set local enable_indexscan = off");
        try {
            return query.get();
        } finally {
            sql("reset enable_seqscan; reset enable_indexscan");
        }
    }

    private void sql(String statements) {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(statements);
            }
        });
    }

    record Where(String jpql, Map<String, Object> params) {
    }

    static Where where(AssetFilter filter, UnitScope scope) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.isAll()) {
            clauses.add(scopeIn("u.id", scope, params));
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

    /**
     * {@code path = :scope0} for one unit, else {@code path in (:scope0, :scope1, ...)} with as many parameters as the
     * next power of two (the last unit repeated). Hibernate translates a query with a list parameter ({@code in :scope},
     * and a lone parameter in parentheses counts as one) to SQL on every call, never caching it (a fifth of the JVM time
     * of a gestor's broad search through the API, JFR at 1,000,000 assets); so a gestor's query is one of a few texts,
     * each translated once.
     */
    static String scopeIn(String path, UnitScope scope, Map<String, Object> params) {
        List<Long> ids = new ArrayList<>(scope.sqlIds());
        if (ids.size() == 1) {
            params.put("scope0", ids.get(0));
            return path + " = :scope0";
        }
        int padded = Integer.highestOneBit(ids.size() * 2 - 1);
        StringBuilder in = new StringBuilder(path).append(" in (");
        for (int i = 0; i < padded; i++) {
            params.put("scope" + i, ids.get(Math.min(i, ids.size() - 1)));
            in.append(i == 0 ? ":scope" : ", :scope").append(i);
        }
        return in.append(')').toString();
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
