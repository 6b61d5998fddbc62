package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.List;

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

    AssetStatistics(AssetQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        AppUser user = currentUser.require();
        var scope = AssetService.scope(user);
        List<Group> byStatus = groups("a.status", user);
        long total = byStatus.stream().mapToLong(Group::count).sum();
        long active = byStatus.stream().mapToLong(Group::activeCount).sum();
        BigDecimal value = byStatus.stream().map(Group::activeValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figures(total, active, value, byStatus, groups("a.classification", user), groups("c.name", user),
                groups("u.code", user),
                queries.page(AssetFilter.all(), scope, List.of(new AssetQueries.Sort("createdAt", false)), 0, 5));
    }

    private List<Group> groups(String path, AppUser user) {
        return queries.groupedTotals(path, AssetService.scope(user)).stream()
                .map(g -> new Group(String.valueOf(g.key()), g.count(), g.activeCount(), g.activeValue())).toList();
    }
}
