package br.com.patritech.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authenticated person as the rest of the application sees them. Kept in the session, so it holds
 * only identifiers and flags, never an entity.
 */
public record AppUser(long id, String name, String login, Role role, Set<Long> unitIds, Set<Permission> permissions,
                      boolean mustChangePassword) implements Principal, Serializable {

    public AppUser {
        unitIds = Set.copyOf(unitIds);
        permissions = role == Role.ADMIN ? EnumSet.allOf(Permission.class)
                : role == Role.AUDITOR || permissions.isEmpty() ? EnumSet.noneOf(Permission.class)
                : EnumSet.copyOf(permissions);
    }

    @Override
    public String getName() {
        return login;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * The units whose data the user sees: a GESTOR their own units, administrators and auditors every unit. The
     * only place this rule is written; every service scopes by it.
     */
    public UnitScope visibleUnits() {
        return role == Role.GESTOR ? UnitScope.of(unitIds) : UnitScope.all();
    }

    /** The units where the user may use the flag: none without it; with it, the units they see. */
    public UnitScope unitsFor(Permission permission) {
        return has(permission) ? visibleUnits() : UnitScope.none();
    }

    public Set<GrantedAuthority> authorities() {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority("ROLE_" + p.roleName())));
        return authorities;
    }

    public AppUser withPasswordChanged() {
        return new AppUser(id, name, login, role, unitIds, permissions, false);
    }
}
