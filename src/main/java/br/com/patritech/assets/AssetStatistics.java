package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

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
    private final CurrentUser currentUser;
    private final EntityManager em;

    AssetStatistics(AssetQueries queries, CurrentUser currentUser, EntityManager em) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        AppUser user = currentUser.require();
        var scope = user.visibleUnits();
        List<AssetQueries.Cell> cells = queries.cells(scope);
        Map<Long, String> categoryNames = names("select c.id, c.name from Category c");
        Map<Long, String> unitCodes = names("select u.id, u.code from Unit u");
        List<Group> byStatus = group(cells, c -> c.status().name());
        long total = byStatus.stream().mapToLong(Group::count).sum();
        long active = byStatus.stream().mapToLong(Group::activeCount).sum();
        BigDecimal value = byStatus.stream().map(Group::activeValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figures(total, active, value, byStatus, group(cells, c -> c.classification().name()),
                group(cells, c -> categoryNames.get(c.categoryId())), group(cells, c -> unitCodes.get(c.unitId())),
                queries.page(AssetFilter.all(), scope, List.of(new AssetSort(AssetSortKey.CREATED_AT, false)), 0, 5));
    }

    private static List<Group> group(List<AssetQueries.Cell> cells, Function<AssetQueries.Cell, String> key) {
        Map<String, List<AssetQueries.Cell>> byKey = cells.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return byKey.entrySet().stream().map(e -> {
            long count = e.getValue().stream().mapToLong(AssetQueries.Cell::count).sum();
            var activeCells = e.getValue().stream().filter(c -> c.status() != AssetStatus.BAIXADO).toList();
            return new Group(e.getKey(), count, activeCells.stream().mapToLong(AssetQueries.Cell::count).sum(),
                    activeCells.stream().map(AssetQueries.Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add));
        }).sorted(Comparator.comparing(Group::key)).toList();
    }

    private Map<Long, String> names(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }
}
