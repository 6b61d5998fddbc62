package br.com.patritech.users;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.LoginAttemptService;
import br.com.patritech.security.PasswordPolicy;
import br.com.patritech.security.Permission;
import br.com.patritech.security.RandomPasswords;
import br.com.patritech.security.Role;
import br.com.patritech.security.UnitScope;

/**
 * Accounts: who may log in, in which units, with which flags. Managed by administrators and holders of
 * USER_MANAGE; a GESTOR sees only people who share one of their units, manages only other gestores all of whose
 * units are theirs, and can never grant a role, unit or flag they do not hold themselves. A GESTOR account always
 * has at least one unit.
 */
@Service
public class UserService {

    public record UserSummary(long id, String name, String cpf, String email, String phone, String address, Role role,
                              Set<Long> unitIds, Set<Permission> permissions, boolean active, long version) {
    }

    public record NewUser(String name, String cpf, String email, String phone, String address, Role role,
                          Set<Long> unitIds, Set<Permission> permissions, String initialPassword) {
    }

    /** What the users screen edits; the password is never part of it. */
    public record UserForm(String name, String cpf, String email, String phone, String address, Role role,
                           Set<Long> unitIds, Set<Permission> permissions) {
    }

    /** A generated password, to be shown once to whoever asked for it; its owner must change it at next login. */
    public record IssuedPassword(UserSummary user, String password) {
    }

    /** What the caller may hand out: roles, flags, and units. */
    public record Grants(Set<Role> roles, Set<Permission> permissions, UnitScope units) {
        public boolean allowsUnit(long unitId) {
            return units.contains(unitId);
        }
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final LoginAttemptService loginAttempts;
    private final EntityManager entityManager;
    private final UserAudit audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    UserService(UserRepository users, PasswordEncoder encoder, CurrentUser currentUser,
                LoginAttemptService loginAttempts, EntityManager entityManager, UserAudit audit,
                org.springframework.context.ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.loginAttempts = loginAttempts;
        this.entityManager = entityManager;
    }

    /** Creates an account; whoever creates it for someone else, that person must choose a new password. */
    @Transactional
    public UserSummary create(NewUser form) {
        AppUser caller = requireUserManager();
        Role role = UserValidation.role(form.role());
        checkGrant(caller, role, form.unitIds(), form.permissions());
        User user = new User(UserValidation.name(form.name()), role, "");
        copyContact(form.cpf(), form.email(), form.phone(), form.address(), user, null);
        requireUnitForGestor(role, form.unitIds()); // after the fields above it on the form
        PasswordPolicy.violation(form.initialPassword()).ifPresent(key -> {
            throw new DomainException(key, "initialPassword", PasswordPolicy.MIN_LENGTH);
        });
        user.setPasswordHash(encoder.encode(form.initialPassword()), true);
        user.getUnitIds().addAll(form.unitIds());
        if (role == Role.GESTOR) {
            user.getPermissions().addAll(form.permissions());
        }
        User saved = users.save(user);
        audit.created(saved);
        return summary(saved);
    }

    /** Creates an account with a random password, answered once so the caller can hand it over. */
    @Transactional
    public IssuedPassword create(UserForm form) {
        String password = RandomPasswords.generate();
        UserSummary created = create(new NewUser(form.name(), form.cpf(), form.email(), form.phone(), form.address(),
                form.role(), form.unitIds(), form.permissions(), password));
        return new IssuedPassword(created, password);
    }

    /**
     * Saves the form over the account as it was at {@code version}. For a GESTOR caller, flags they do not hold
     * stay as they were; adding a unit or flag they lack, or another role, is refused.
     */
    @Transactional
    public UserSummary update(long userId, long version, UserForm form) {
        AppUser caller = requireUserManager();
        User user = manageable(caller, userId, version);
        Role role = UserValidation.role(form.role());
        if (caller.id() == userId && role != user.getRole()) {
            throw new DomainException("user.self.role", "role");
        }
        // A GESTOR caller manages only accounts all of whose units are theirs, so the units asked for are the units.
        Set<Long> units = Set.copyOf(form.unitIds());
        Set<Permission> flags = role != Role.GESTOR ? Set.of()
                : merged(user.getPermissions(), form.permissions(), caller.isAdmin() ? null : caller.permissions());
        checkGrant(caller, role, added(user.getUnitIds(), units), added(user.getPermissions(), flags));
        UserAudit.Snapshot before = UserAudit.Snapshot.of(user);
        boolean accessChanged = role != user.getRole() || !units.equals(user.getUnitIds())
                || !flags.equals(user.getPermissions());
        user.setName(UserValidation.name(form.name()));
        user.setRole(role);
        copyContact(form.cpf(), form.email(), form.phone(), form.address(), user, userId);
        requireUnitForGestor(role, units);
        user.getUnitIds().retainAll(units);
        user.getUnitIds().addAll(units);
        user.getPermissions().retainAll(flags);
        user.getPermissions().addAll(flags);
        audit.changed(before, user);
        if (accessChanged) {
            events.publishEvent(new AccountChanged(userId, AccountChanged.Change.ACCESS_CHANGED));
        }
        return summary(users.saveAndFlush(user));
    }

    /** Deactivated people cannot log in; nothing about them is deleted. Nobody deactivates themselves. */
    @Transactional
    public UserSummary setActive(long userId, long version, boolean active) {
        AppUser caller = requireUserManager();
        if (caller.id() == userId && !active) {
            throw DomainException.of("user.self.deactivate");
        }
        User user = manageable(caller, userId, version);
        UserAudit.Snapshot before = UserAudit.Snapshot.of(user);
        user.setActive(active);
        audit.changed(before, user);
        return summary(users.saveAndFlush(user));
    }

    /**
     * Gives the account a random password that its owner must change at next login, and lifts a lockout. As the
     * caller learns the password, a GESTOR may reset only accounts whose units and flags they hold themselves.
     */
    @Transactional
    public IssuedPassword resetPassword(long userId, long version) {
        AppUser caller = requireUserManager();
        User user = manageable(caller, userId, version);
        if (!caller.permissions().containsAll(user.getPermissions())) {
            throw new AccessDeniedException("Cannot take over an account with more powers than one's own");
        }
        String password = RandomPasswords.generate();
        user.setPasswordHash(encoder.encode(password), true);
        audit.passwordReset(user);
        if (user.getCpf() != null) {
            loginAttempts.clearFailures(user.getCpf());
        }
        if (user.getEmail() != null) {
            loginAttempts.clearFailures(user.getEmail());
        }
        events.publishEvent(new AccountChanged(userId, AccountChanged.Change.PASSWORD_RESET));
        return new IssuedPassword(summary(users.saveAndFlush(user)), password);
    }

    /** The caller changes their own password; answers the refreshed principal for the session. */
    @Transactional
    public AppUser changeOwnPassword(String currentPassword, String newPassword) {
        AppUser caller = currentUser.require();
        User user = users.findWithDetailsById(caller.id()).orElseThrow(() -> new NotFoundException("user", caller.id()));
        if (!encoder.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw new DomainException("password.current.wrong", "currentPassword");
        }
        PasswordPolicy.violation(newPassword).ifPresent(key -> {
            throw new DomainException(key, "newPassword");
        });
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new DomainException("password.same-as-before", "newPassword");
        }
        user.setPasswordHash(encoder.encode(newPassword), false);
        return user.toAppUser();
    }

    @Transactional(readOnly = true)
    public UserSummary user(long userId) {
        AppUser caller = requireUserManager();
        return users.findWithDetailsById(userId).filter(u -> inScope(caller, u)).map(UserService::summary)
                .orElseThrow(() -> new NotFoundException("user", userId));
    }

    /** Users the caller may manage, by name: everyone for admins, people sharing a unit for gestores. */
    @Transactional(readOnly = true)
    public List<UserSummary> list(int offset, int limit) {
        return list(null, offset, limit);
    }

    /** As {@link #list(int, int)}, only those whose name, e-mail or CPF contains {@code search}; paged in SQL. */
    @Transactional(readOnly = true)
    public List<UserSummary> list(String search, int offset, int limit) {
        AppUser caller = requireUserManager();
        TypedQuery<User> query = UserQueries.visible(entityManager, caller, search, User.class, "u", "lower(u.name), u.id");
        return query.setFirstResult(Math.max(offset, 0)).setMaxResults(Math.max(limit, 1)).getResultList().stream()
                .map(UserService::summary).toList();
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        AppUser caller = requireUserManager();
        return UserQueries.visible(entityManager, caller, search, Long.class, "count(u)", null).getSingleResult().intValue();
    }

    /** The roles, units and flags the caller may give, so forms offer nothing the service would refuse. */
    public Grants grants() {
        AppUser caller = requireUserManager();
        Set<Role> roles = caller.isAdmin() ? EnumSet.allOf(Role.class) : EnumSet.of(caller.role());
        return new Grants(roles, Set.copyOf(caller.permissions()), managedUnits(caller));
    }

    /** Whether the caller may edit, deactivate or reset the user (the service checks again on each action). */
    public boolean mayManage(UserSummary user) {
        return currentUser.get().filter(c -> c.has(Permission.USER_MANAGE))
                .map(c -> c.isAdmin() || c.role() == user.role() && mayManageUnitsOf(c, user.unitIds()))
                .orElse(false);
    }

    private AppUser requireUserManager() {
        AppUser caller = currentUser.require();
        if (!caller.has(Permission.USER_MANAGE)) {
            throw new AccessDeniedException("No permission to manage users");
        }
        return caller;
    }

    /** The user, if the caller sees them, may manage their role, and loaded them at this version. */
    private User manageable(AppUser caller, long userId, long version) {
        User user = users.findWithDetailsById(userId).filter(u -> inScope(caller, u))
                .orElseThrow(() -> new NotFoundException("user", userId));
        if (!caller.isAdmin() && user.getRole() != caller.role()) {
            throw new AccessDeniedException("A " + caller.role() + " cannot manage a " + user.getRole());
        }
        if (!caller.isAdmin() && !mayManageUnitsOf(caller, user.getUnitIds())) {
            throw new AccessDeniedException("Cannot manage someone who also works in units outside one's own");
        }
        if (user.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(User.class, userId);
        }
        return user;
    }

    /** The units whose people the caller manages (and may give): every unit for administrators. */
    private static UnitScope managedUnits(AppUser caller) {
        return caller.unitsFor(Permission.USER_MANAGE);
    }

    /** Visible: the person shares a unit with the caller (administrators see everyone). */
    private static boolean inScope(AppUser caller, User user) {
        UnitScope units = managedUnits(caller);
        return units.isAll() || units.containsAny(user.getUnitIds());
    }

    /** Manageable: every unit of the person is the caller's; someone without units belongs to no gestor. */
    private static boolean mayManageUnitsOf(AppUser caller, Set<Long> unitIds) {
        UnitScope units = managedUnits(caller);
        return units.isAll() || !unitIds.isEmpty() && units.containsAll(unitIds);
    }

    private static void requireUnitForGestor(Role role, Set<Long> unitIds) {
        if (role == Role.GESTOR && unitIds.isEmpty()) {
            throw new DomainException("user.gestor.unit-required", "unitIds");
        }
    }

    private void copyContact(String cpf, String email, String phone, String address, User user, Long selfId) {
        String digits = UserValidation.cpfUnlessNeverHad(cpf, selfId != null && user.getCpf() == null);
        if (digits != null && users.findByCpf(digits).filter(other -> !other.getId().equals(selfId)).isPresent()) {
            throw new DomainException("user.cpf.duplicate", "cpf");
        }
        String normalizedEmail = UserValidation.email(email);
        if (normalizedEmail != null
                && users.findByEmail(normalizedEmail).filter(other -> !other.getId().equals(selfId)).isPresent()) {
            throw new DomainException("user.email.duplicate", "email");
        }
        if (digits == null && normalizedEmail == null) {
            throw new DomainException("validation.required", "email");
        }
        user.setCpf(digits);
        user.setEmail(normalizedEmail);
        user.setPhone(UserValidation.optional(phone, "phone", 30));
        user.setAddress(UserValidation.optional(address, "address", 300));
    }

    /** What was asked for, plus what the caller cannot see or give ({@code held} null: they hold everything). */
    private static <T> Set<T> merged(Set<T> existing, Set<T> asked, Set<T> held) {
        Set<T> result = new HashSet<>(asked);
        if (held != null) {
            existing.stream().filter(item -> !held.contains(item)).forEach(result::add);
        }
        return result;
    }

    private static <T> Set<T> added(Set<T> before, Set<T> after) {
        Set<T> added = new HashSet<>(after);
        added.removeAll(before);
        return added;
    }

    /** Nobody grants a role, unit or flag they do not hold themselves. */
    static void checkGrant(AppUser caller, Role role, Set<Long> unitIds, Set<Permission> permissions) {
        if (caller.isAdmin()) {
            return;
        }
        if (role != caller.role()) {
            throw new AccessDeniedException("Cannot grant role " + role);
        }
        if (!managedUnits(caller).containsAll(unitIds)) {
            throw new AccessDeniedException("Cannot grant units outside one's own");
        }
        Set<Permission> granted = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        if (!caller.permissions().containsAll(granted)) {
            throw new AccessDeniedException("Cannot grant flags one does not hold");
        }
    }

    static UserSummary summary(User u) {
        return new UserSummary(u.getId(), u.getName(), u.getCpf(), u.getEmail(), u.getPhone(), u.getAddress(),
                u.getRole(), Set.copyOf(u.getUnitIds()), Set.copyOf(u.getPermissions()), u.isActive(), u.getVersion());
    }
}
