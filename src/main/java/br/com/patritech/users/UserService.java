package br.com.patritech.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.Cpf;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.PasswordPolicy;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** Accounts: who may log in, in which units, with which flags. */
@Service
public class UserService {

    public record UserSummary(long id, String name, String cpf, String email, String phone, Role role,
                              Set<Long> unitIds, Set<Permission> permissions, boolean active, long version) {
    }

    public record NewUser(String name, String cpf, String email, String phone, String address, Role role,
                          Set<Long> unitIds, Set<Permission> permissions, String initialPassword) {
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    UserService(UserRepository users, PasswordEncoder encoder, CurrentUser currentUser) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    /** Creates an account; whoever creates it for someone else, that person must choose a new password. */
    @Transactional
    public UserSummary create(NewUser form) {
        AppUser caller = requireUserManager();
        checkGrant(caller, form.role(), form.unitIds(), form.permissions());
        if (form.name() == null || form.name().isBlank()) {
            throw new DomainException("validation.required", "name");
        }
        String cpf = Cpf.parse(form.cpf()).orElseThrow(() -> new DomainException("user.cpf.invalid", "cpf"));
        if (users.findByCpf(cpf).isPresent()) {
            throw new DomainException("user.cpf.duplicate", "cpf");
        }
        String email = form.email() == null || form.email().isBlank() ? null : form.email().trim().toLowerCase();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("user.email.invalid", "email");
        }
        if (email != null && users.findByEmail(email).isPresent()) {
            throw new DomainException("user.email.duplicate", "email");
        }
        PasswordPolicy.violation(form.initialPassword()).ifPresent(key -> {
            throw new DomainException(key, "initialPassword");
        });
        User user = new User(form.name().trim(), form.role(), encoder.encode(form.initialPassword()));
        user.setPasswordHash(user.getPasswordHash(), true);
        user.setCpf(cpf);
        user.setEmail(email);
        user.setPhone(form.phone());
        user.setAddress(form.address());
        user.getUnitIds().addAll(form.unitIds());
        if (form.role() == Role.GESTOR) {
            user.getPermissions().addAll(form.permissions());
        }
        return summary(users.save(user));
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

    /** Users the caller may manage: everyone for admins, people sharing a unit for gestores. */
    @Transactional(readOnly = true)
    public List<UserSummary> list(int offset, int limit) {
        AppUser caller = requireUserManager();
        return users.findAll(PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("name")))
                .stream()
                .filter(u -> caller.isAdmin() || u.getUnitIds().stream().anyMatch(caller.unitIds()::contains))
                .map(UserService::summary)
                .toList();
    }

    private AppUser requireUserManager() {
        AppUser caller = currentUser.require();
        if (!caller.has(Permission.USER_MANAGE)) {
            throw new AccessDeniedException("No permission to manage users");
        }
        return caller;
    }

    /** Nobody grants a role, unit or flag they do not hold themselves. */
    static void checkGrant(AppUser caller, Role role, Set<Long> unitIds, Set<Permission> permissions) {
        if (caller.isAdmin()) {
            return;
        }
        if (role != caller.role()) {
            throw new AccessDeniedException("Cannot grant role " + role);
        }
        if (!caller.unitIds().containsAll(unitIds)) {
            throw new AccessDeniedException("Cannot grant units outside one's own");
        }
        Set<Permission> granted = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        if (!caller.permissions().containsAll(granted)) {
            throw new AccessDeniedException("Cannot grant flags one does not hold");
        }
    }

    static UserSummary summary(User u) {
        return new UserSummary(u.getId(), u.getName(), u.getCpf(), u.getEmail(), u.getPhone(), u.getRole(),
                Set.copyOf(u.getUnitIds()), Set.copyOf(u.getPermissions()), u.isActive(), u.getVersion());
    }
}
