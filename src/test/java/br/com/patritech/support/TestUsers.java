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
    /** The password API test accounts change to at first login (ApiUsers). */
    public static final String API_PASSWORD = "Api-senha-trocada-99";

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

    /** Where each CPF handed out is written down, for the log scan after the run (pom.xml sets it for Surefire). */
    private static final String CPF_RECORD = System.getProperty("log-scan.record-cpfs");

    public static String randomCpf() {
        String cpf = Cpf.withCheckDigits(String.format("%09d", ThreadLocalRandom.current().nextInt(1, 999_999_999)));
        record(cpf);
        return cpf;
    }

    private static synchronized void record(String cpf) {
        if (CPF_RECORD == null || CPF_RECORD.isBlank()) {
            return;
        }
        try {
            java.nio.file.Path file = java.nio.file.Path.of(CPF_RECORD);
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            java.nio.file.Files.writeString(file, cpf + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
