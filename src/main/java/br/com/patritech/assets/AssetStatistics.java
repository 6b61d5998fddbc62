package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.UnitScope;

/** Dashboard figures as SQL aggregates, limited to the units the caller may see. */
@Service
public class AssetStatistics {

    /** A group's key is a status or classification name, a category name or a unit code. */
    public record Group(String key, long count, long activeCount, BigDecimal activeValue) {
    }

    public record Figures(long totalAssets, long activeAssets, BigDecimal activeValue, List<Group> byStatus,
                          List<Group> byClassification, List<Group> byCategory, List<Group> byUnit,
                          List<AssetRow> mostRecent) {
    }

    private final AssetQueries queries;
    private final AssetTotalsCells cells;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final SharedFigures shared;

    AssetStatistics(AssetQueries queries, AssetTotalsCells cells, CurrentUser currentUser, EntityManager em,
                    SharedFigures shared) {
        this.queries = queries;
        this.cells = cells;
        this.currentUser = currentUser;
        this.em = em;
        this.shared = shared;
    }

    /**
     * Every figure from the maintained cells, grouped by the database; the latest five from the created_at index.
     * Callers of the same scope asking at the same moment share one computation ({@link SharedFigures}).
     */
    @Transactional(readOnly = true)
    public Figures figures() {
        UnitScope scope = currentUser.require().visibleUnits();
        return shared.get(scope, () -> compute(scope));
    }

    private Figures compute(UnitScope scope) {
        Map<Long, String> categoryNames = names("select c.id, c.name from Category c");
        Map<Long, String> unitCodes = names("select u.id, u.code from Unit u");
        List<Group> byStatus = groups(scope, AssetTotalsCells.Dimension.STATUS, key -> key);
        long total = byStatus.stream().mapToLong(Group::count).sum();
        long active = byStatus.stream().mapToLong(Group::activeCount).sum();
        BigDecimal value = byStatus.stream().map(Group::activeValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figures(total, active, value, byStatus,
                groups(scope, AssetTotalsCells.Dimension.CLASSIFICATION, key -> key),
                groups(scope, AssetTotalsCells.Dimension.CATEGORY, key -> categoryNames.get(Long.valueOf(key))),
                groups(scope, AssetTotalsCells.Dimension.UNIT, key -> unitCodes.get(Long.valueOf(key))),
                queries.page(AssetFilter.all(), scope, List.of(new AssetSort(AssetSortKey.CREATED_AT, false)), 0, 5));
    }

    private List<Group> groups(UnitScope scope, AssetTotalsCells.Dimension by, Function<String, String> label) {
        return cells.groups(scope, by).stream()
                .map(g -> new Group(label.apply(g.key()), g.count(), g.activeCount(), g.activeValue()))
                .sorted(Comparator.comparing(Group::key)).toList();
    }

    private Map<Long, String> names(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }
}
