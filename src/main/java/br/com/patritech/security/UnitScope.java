package br.com.patritech.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The units someone sees or acts in: every unit, or a set of them. "A gestor sees and acts only in their units"
 * becomes this value once, in {@link AppUser}; services ask it ({@link #contains}) and queries restrict by it
 * ({@link #sqlIds}), so no feature writes the rule again.
 */
public final class UnitScope {

    private static final UnitScope ALL = new UnitScope(null);
    private static final UnitScope NONE = new UnitScope(Set.of());
    /** Stands for "no unit" in an {@code in (:ids)} clause, which SQL does not allow empty. */
    private static final Set<Long> NO_UNIT_IDS = Set.of(-1L);

    private final Set<Long> ids; // null: every unit

    private UnitScope(Set<Long> ids) {
        this.ids = ids;
    }

    public static UnitScope all() {
        return ALL;
    }

    public static UnitScope none() {
        return NONE;
    }

    public static UnitScope of(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? NONE : new UnitScope(Set.copyOf(unitIds));
    }

    /** Whether the scope has no limit (administrators; auditors for reading). */
    public boolean isAll() {
        return ids == null;
    }

    /** Whether the scope holds no unit at all. */
    public boolean isEmpty() {
        return ids != null && ids.isEmpty();
    }

    public boolean contains(long unitId) {
        return ids == null || ids.contains(unitId);
    }

    public boolean containsAll(Collection<Long> unitIds) {
        return ids == null || ids.containsAll(unitIds);
    }

    /** Whether at least one of the units is in the scope. */
    public boolean containsAny(Collection<Long> unitIds) {
        return ids == null ? !unitIds.isEmpty() : unitIds.stream().anyMatch(ids::contains);
    }

    /** The units of a limited scope; asking an unlimited scope is a programming error. */
    public Set<Long> ids() {
        if (ids == null) {
            throw new IllegalStateException("An unlimited scope lists no units: check isAll() first");
        }
        return ids;
    }

    /** The units for an {@code in (:ids)} clause of a limited scope: never empty, so an empty scope matches nothing. */
    public Set<Long> sqlIds() {
        return ids().isEmpty() ? NO_UNIT_IDS : ids;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitScope scope && Objects.equals(ids, scope.ids);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(ids);
    }

    @Override
    public String toString() {
        return ids == null ? "UnitScope[all]" : "UnitScope" + ids;
    }
}
