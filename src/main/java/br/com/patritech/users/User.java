package br.com.patritech.users;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import br.com.patritech.base.AbstractEntity;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** A person who logs in: staff, manager (gestor) or auditor. Deactivated, never deleted. */
@Entity
@Table(name = "users")
public class User extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    /** 11 digits, check digits validated; may be empty only for an administrator created by e-mail. */
    private String cpf;

    /** Stored lower-case, so logging in ignores case. */
    private String email;

    private String phone;

    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean active = true;

    /** Goes up whenever the password changes or the account is deactivated: older API tokens stop working. */
    @Column(name = "token_generation", nullable = false)
    private int tokenGeneration;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "user_units", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "user_permissions", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "permission")
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    protected User() {
    }

    public User(String name, Role role, String passwordHash) {
        this.name = name;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    /** The principal kept in the session once this user has logged in. */
    public AppUser toAppUser() {
        String login = email != null ? email : cpf;
        return new AppUser(getId(), name, login, role, Set.copyOf(unitIds),
                permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions),
                mustChangePassword);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCpf() {
        return cpf;
    }

    public void setCpf(String cpf) {
        this.cpf = cpf;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash, boolean mustChangePassword) {
        if (this.passwordHash != null && !this.passwordHash.equals(passwordHash)) {
            tokenGeneration++;
        }
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    public int getTokenGeneration() {
        return tokenGeneration;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (this.active && !active) {
            tokenGeneration++;
        }
        this.active = active;
    }

    public Set<Long> getUnitIds() {
        return unitIds;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }
}
