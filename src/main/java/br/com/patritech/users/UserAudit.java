package br.com.patritech.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import br.com.patritech.base.AuditDetail;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/**
 * Publishes account changes for the audit trail (decision 0016), in the caller's transaction: what was created, and
 * exactly what changed ({@code role: GESTOR → ADMIN; units: +SED-001 −UBS-002; flags: +ASSET_EDIT}). An entry is
 * about the account's first unit (by id), so a GESTOR of that unit sees it; an account without units concerns none.
 */
@Component
class UserAudit {

    /** What an entry compares: the account's fields as they were, or are now. */
    record Snapshot(String name, String cpf, String email, String phone, String address, Role role, Set<Long> unitIds,
                    Set<Permission> permissions, boolean active) {

        static Snapshot of(User user) {
            return new Snapshot(user.getName(), user.getCpf(), user.getEmail(), user.getPhone(), user.getAddress(),
                    user.getRole(), Set.copyOf(user.getUnitIds()), Set.copyOf(user.getPermissions()), user.isActive());
        }
    }

    private final ApplicationEventPublisher events;
    private final OrganizationService organization;

    UserAudit(ApplicationEventPublisher events, OrganizationService organization) {
        this.events = events;
        this.organization = organization;
    }

    void created(User user) {
        Snapshot now = Snapshot.of(user);
        publish("USER_CREATED", user, "role: " + now.role() + "; units: " + String.join(", ", codes(now.unitIds()))
                + "; flags: " + now.permissions().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }

    void changed(Snapshot before, User user) {
        Snapshot after = Snapshot.of(user);
        String contact = AuditDetail.of().add("name", before.name(), after.name()).add("cpf", before.cpf(), after.cpf())
                .add("email", before.email(), after.email()).add("phone", before.phone(), after.phone())
                .add("address", before.address(), after.address()).text();
        if (contact != null) {
            publish("USER_CHANGED", user, contact);
        }
        List<String> access = new ArrayList<>();
        if (before.role() != after.role()) {
            access.add("role: " + before.role() + " → " + after.role());
        }
        setChange(access, "units", codes(before.unitIds()), codes(after.unitIds()));
        setChange(access, "flags", names(before.permissions()), names(after.permissions()));
        if (!access.isEmpty()) {
            publish("USER_ACCESS_CHANGED", user, String.join("; ", access));
        }
        if (before.active() != after.active()) {
            publish(after.active() ? "USER_REACTIVATED" : "USER_DEACTIVATED", user, null);
        }
    }

    void passwordReset(User user) {
        publish("USER_PASSWORD_RESET", user, "a new password must be chosen at the next sign-in");
    }

    private void publish(String action, User user, String detail) {
        Long unit = user.getUnitIds().stream().min(Long::compare).orElse(null);
        String login = user.getEmail() != null ? user.getEmail() : user.getCpf();
        events.publishEvent(new AuditedAction(action, user.getName() + " (" + login + ")", unit, detail));
    }

    private static void setChange(List<String> changes, String label, Set<String> before, Set<String> after) {
        List<String> parts = new ArrayList<>();
        after.stream().filter(item -> !before.contains(item)).forEach(item -> parts.add("+" + item));
        before.stream().filter(item -> !after.contains(item)).forEach(item -> parts.add("−" + item));
        if (!parts.isEmpty()) {
            changes.add(label + ": " + String.join(" ", parts));
        }
    }

    private static Set<String> names(Collection<Permission> permissions) {
        return permissions.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Unit codes as people know them; a unit the caller cannot see (never the case when granting) by its id. */
    private Set<String> codes(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new TreeSet<>();
        }
        Map<Long, String> known = organization.visibleUnits().stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::code));
        Function<Long, String> code = id -> known.getOrDefault(id, "#" + id);
        return unitIds.stream().map(code).collect(Collectors.toCollection(TreeSet::new));
    }
}
