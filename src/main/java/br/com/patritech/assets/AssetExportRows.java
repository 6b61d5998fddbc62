package br.com.patritech.assets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.security.UnitScope;

/**
 * Every row of the asset list's filter, in the list's order and scope, for exports: read in pages of
 * {@value #PAGE} by keyset (the last row's sort values and id), each page in its own short read-only transaction,
 * so a million rows need neither the whole table in memory nor a transaction open while a slow client downloads.
 */
@Component
public class AssetExportRows {

    static final int PAGE = 1000;

    int pageSize = PAGE; // smaller in tests, to walk several pages

    private final EntityManager em;
    private final TransactionTemplate readOnly;
    private final br.com.patritech.security.CurrentUser currentUser;

    AssetExportRows(EntityManager em, PlatformTransactionManager transactions,
                    br.com.patritech.security.CurrentUser currentUser) {
        this.em = em;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.currentUser = currentUser;
    }

    /** Hands each row to {@code sink}, in order; the scope is the signed-in user's, read once at the start. */
    public void forEach(AssetFilter filter, List<AssetSort> sort, Consumer<AssetRow> sink) {
        rows(filter, sort).forEachRemaining(sink);
    }

    /**
     * The same rows for a consumer that pulls them (a PDF writer asking for the next label): each page is read when
     * the previous one is used up. The scope is the signed-in user's, read now.
     */
    public Iterator<AssetRow> rows(AssetFilter filter, List<AssetSort> sort) {
        UnitScope scope = currentUser.require().visibleUnits();
        List<Key> keys = keys(sort);
        return new Iterator<>() {
            private List<AssetRow> page = List.of();
            private int index;
            private boolean last;
            private boolean started;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (started && last) {
                    return false;
                }
                AssetRow after = page.isEmpty() ? null : page.get(page.size() - 1);
                page = readOnly.execute(s -> page(filter, scope, keys, after));
                index = 0;
                started = true;
                last = page.size() < pageSize;
                return !page.isEmpty();
            }

            @Override
            public AssetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    /** One ordering column: its JPQL expression (never null, so keyset comparisons hold) and direction. */
    private record Key(String expression, boolean ascending, AssetSortKey sortKey) {

        Object valueOf(AssetRow row) {
            if (sortKey == null) {
                return row.id();
            }
            return switch (sortKey) {
                case ID -> row.id();
                case TOMBO -> row.tombo();
                case NAME -> row.name();
                case CATEGORY -> row.categoryName();
                case UNIT -> row.unitCode();
                case ROOM -> row.roomName() == null ? "" : row.roomName();
                case VALUE -> row.acquisitionValue();
                case STATUS -> row.status().name();
                case CREATED_AT -> row.createdAt();
            };
        }
    }

    private static List<Key> keys(List<AssetSort> sort) {
        List<Key> keys = new ArrayList<>();
        for (AssetSort s : sort) {
            String expression = switch (s.key()) {
                case ROOM -> "coalesce(r.name, '')";
                case STATUS -> "cast(a.status as String)";
                default -> s.key().jpqlPath();
            };
            keys.add(new Key(expression, s.ascending(), s.key()));
        }
        keys.add(new Key("a.id", !sort.isEmpty() && sort.get(0).ascending(), null)); // the list's tie-break
        return keys;
    }

    private List<AssetRow> page(AssetFilter filter, UnitScope scope, List<Key> keys, AssetRow after) {
        AssetQueries.Where where = AssetQueries.where(filter, scope);
        Map<String, Object> params = new HashMap<>(where.params());
        String jpql = "select new br.com.patritech.assets.AssetRow(a.id, a.tombo, a.name, a.serialNumber, c.name,"
                + " u.id, u.code, u.name, r.id, r.name, a.acquisitionValue, a.status, a.classification, a.createdAt)"
                + AssetQueries.FROM + where.jpql() + (after == null ? "" : (where.jpql().isEmpty() ? " where " : " and ")
                + afterClause(keys, after, params)) + orderBy(keys);
        TypedQuery<AssetRow> query = em.createQuery(jpql, AssetRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(pageSize).getResultList();
    }

    /** (k1 > v1) or (k1 = v1 and k2 > v2) or ... with "<" for descending keys. */
    private static String afterClause(List<Key> keys, AssetRow after, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(keys.get(j).expression() + " = :k" + j);
            }
            Key key = keys.get(i);
            parts.add(key.expression() + (key.ascending() ? " > :k" : " < :k") + i);
            params.put("k" + i, key.valueOf(after));
            alternatives.add("(" + String.join(" and ", parts) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    private static String orderBy(List<Key> keys) {
        return " order by " + String.join(", ", keys.stream()
                .map(k -> k.expression() + (k.ascending() ? " asc" : " desc")).toList());
    }
}
