package br.com.patritech.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import br.com.patritech.base.Cpf;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.NewUser;
import br.com.patritech.users.UserService.UserSummary;

/** Creates real accounts through UserService (as the system administrator) for tests. */
@Component
public class TestUsers {

    public static final String PASSWORD = "Senha-de-teste-123";

    private final UserService users;
    private final OrganizationService organization;

    TestUsers(UserService users, OrganizationService organization) {
        this.users = users;
        this.organization = organization;
    }

    /** Some existing unit, for a gestor (who always works in one) whose unit does not matter to the test. */
    public long anyUnit() {
        return SystemUser.call(() -> organization.visibleUnits().get(0).id());
    }

    public static String randomCpf() {
        return Cpf.withCheckDigits(String.format("%09d", ThreadLocalRandom.current().nextInt(1, 999_999_999)));
    }

    public UserSummary create(Role role, Set<Long> unitIds, Set<Permission> permissions) {
        String cpf = randomCpf();
        return SystemUser.call(() -> users.create(new NewUser("Teste " + role + " " + cpf, cpf,
                "u" + cpf + "@teste.gov.br", null, null, role, unitIds, permissions, PASSWORD)));
    }

    /** The session principal of a fresh account, as if it had logged in and changed its password. */
    public AppUser principal(Role role, Set<Long> unitIds, Set<Permission> permissions) {
        UserSummary user = create(role, unitIds, permissions);
        return new AppUser(user.id(), user.name(), user.email(), role, unitIds,
                permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions), false);
    }
}
