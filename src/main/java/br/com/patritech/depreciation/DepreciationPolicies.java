package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * The depreciation policy of each category. Everyone signed in reads them (reference data); only an ADMIN changes one,
 * and every change is appended to {@code depreciation_policy_changes}. A change applies from the first month not yet
 * closed: closed months are never recomputed.
 */
@Service
public class DepreciationPolicies {

    private static final String SELECT = """
            select c.id, c.name, coalesce(p.depreciates, false) as depreciates,
                   coalesce(p.useful_life_months, 0) as life, coalesce(p.residual_percent, 0) as residual,
                   coalesce(p.version, -1) + 1 as version
            from categories c left join depreciation_policies p on p.category_id = c.id
            """;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    DepreciationPolicies(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CategoryPolicy> all() {
        currentUser.require();
        return jdbc.sql(SELECT + " order by c.name").query(this::row).list();
    }

    @Transactional(readOnly = true)
    public CategoryPolicy of(long categoryId) {
        currentUser.require();
        return find(categoryId).orElseThrow(() -> new NotFoundException("Category", categoryId));
    }

    public boolean mayChange() {
        return currentUser.get().map(AppUser::isAdmin).orElse(false);
    }

    /**
     * Saves a policy edited on the given version (as {@link CategoryPolicy#version()} showed it).
     * Life 1..1200 months and residual 0..100 % when the category depreciates.
     */
    @Transactional
    public CategoryPolicy change(long categoryId, long expectedVersion, DepreciationPolicy policy) {
        AppUser user = currentUser.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only an administrator changes depreciation policies");
        }
        CategoryPolicy current = find(categoryId).orElseThrow(() -> new NotFoundException("Category", categoryId));
        Violations violations = new Violations();
        if (policy.depreciates() && (policy.usefulLifeMonths() < 1 || policy.usefulLifeMonths() > 1200)) {
            violations.add("usefulLifeMonths", "depreciation.policy.life.invalid");
        }
        BigDecimal residual = policy.residualPercent();
        if (residual == null || residual.signum() < 0 || residual.compareTo(BigDecimal.valueOf(100)) > 0
                || residual.stripTrailingZeros().scale() > 2) {
            violations.add("residualPercent", "depreciation.policy.residual.invalid");
        }
        violations.throwIfAny();
        if (current.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException("DepreciationPolicy", categoryId);
        }
        write(categoryId, expectedVersion, policy, user.name());
        return find(categoryId).orElseThrow();
    }

    /** Demo data and new installations: the public-sector suggestion for each category that has no policy yet. */
    @Transactional
    public int applySuggestionsWhereUnset() {
        if (!mayChange()) {
            throw new AccessDeniedException("Only an administrator changes depreciation policies");
        }
        int applied = 0;
        for (CategoryPolicy category : all()) {
            Optional<DepreciationPolicy> suggestion = PublicSectorTable.suggestionFor(category.categoryName());
            if (category.version() == 0 && suggestion.isPresent()) {
                write(category.categoryId(), 0, suggestion.get(), currentUser.require().name());
                applied++;
            }
        }
        return applied;
    }

    private void write(long categoryId, long expectedVersion, DepreciationPolicy policy, String by) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int life = policy.depreciates() ? policy.usefulLifeMonths() : 0;
        int updated = expectedVersion == 0
                ? jdbc.sql("""
                        insert into depreciation_policies (category_id, depreciates, useful_life_months, residual_percent,
                            version, updated_at, updated_by) values (?, ?, ?, ?, 0, ?, ?)""")
                        .params(categoryId, policy.depreciates(), life, policy.residualPercent(), now, by).update()
                : jdbc.sql("""
                        update depreciation_policies set depreciates = ?, useful_life_months = ?, residual_percent = ?,
                            version = version + 1, updated_at = ?, updated_by = ? where category_id = ? and version = ?""")
                        .params(policy.depreciates(), life, policy.residualPercent(), now, by, categoryId,
                                expectedVersion - 1).update();
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException("DepreciationPolicy", categoryId);
        }
        jdbc.sql("""
                insert into depreciation_policy_changes (category_id, changed_at, changed_by, effective_from, depreciates,
                    useful_life_months, residual_percent) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(categoryId, now, by, firstOpenMonth(), policy.depreciates(), life, policy.residualPercent())
                .update();
    }

    /** The first month not closed yet: where a change takes effect. */
    private LocalDate firstOpenMonth() {
        return jdbc.sql("select max(month_start) from depreciation_closings where status = 'CLOSED'")
                .query(LocalDate.class).optional()
                .map(m -> m.plusMonths(1))
                .orElse(YearMonth.now(clock).atDay(1));
    }

    private Optional<CategoryPolicy> find(long categoryId) {
        return jdbc.sql(SELECT + " where c.id = ?").param(categoryId).query(this::row).optional();
    }

    private CategoryPolicy row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CategoryPolicy(rs.getLong("id"), rs.getString("name"), rs.getBoolean("depreciates"), rs.getInt("life"),
                rs.getBigDecimal("residual").setScale(2), rs.getLong("version"));
    }
}
