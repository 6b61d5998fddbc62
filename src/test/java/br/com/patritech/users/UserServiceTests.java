package br.com.patritech.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService.NewUser;

@IntegrationTest
abstract class UserServiceTests {

    @Autowired
    UserService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    TestUsers testUsers;

    private long ownUnit;
    private long otherUnit;
    private AppUser userManager;

    @BeforeEach
    void setUp() {
        var units = SystemUser.call(organization::visibleUnits);
        ownUnit = units.get(0).id();
        otherUnit = units.get(1).id();
        userManager = testUsers.principal(Role.GESTOR, Set.of(ownUnit),
                EnumSet.of(Permission.USER_MANAGE, Permission.ASSET_CREATE));
    }

    private NewUser newUser(Role role, Set<Long> units, Set<Permission> flags) {
        return new NewUser("Fulano de Tal", TestUsers.randomCpf(), null, null, null, role, units, flags,
                "uma-senha-longa-o-bastante");
    }

    @Test
    void gestorCreatesGestorWithinOwnUnitAndFlags() {
        var created = SystemUser.callAs(userManager, () -> users.create(
                newUser(Role.GESTOR, Set.of(ownUnit), EnumSet.of(Permission.ASSET_CREATE))));
        assertThat(created.unitIds()).containsExactly(ownUnit);
        assertThat(created.permissions()).containsExactly(Permission.ASSET_CREATE);
    }

    @Test
    void gestorCannotGrantAdministratorRole() {
        assertThatThrownBy(() -> SystemUser.callAs(userManager, () -> users.create(
                newUser(Role.ADMIN, Set.of(ownUnit), Set.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void gestorCannotGrantAnotherUnit() {
        assertThatThrownBy(() -> SystemUser.callAs(userManager, () -> users.create(
                newUser(Role.GESTOR, Set.of(otherUnit), Set.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void gestorCannotGrantAFlagTheyDoNotHold() {
        assertThatThrownBy(() -> SystemUser.callAs(userManager, () -> users.create(
                newUser(Role.GESTOR, Set.of(ownUnit), EnumSet.of(Permission.ASSET_WRITE_OFF)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void auditorCannotCreateUsers() {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> users.create(
                newUser(Role.AUDITOR, Set.of(), Set.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalidCpfIsRefusedWithTheFieldNamed() {
        NewUser form = new NewUser("Fulano", "123.456.789-00", null, null, null, Role.AUDITOR, Set.of(), Set.of(),
                "uma-senha-longa-o-bastante");
        assertThatThrownBy(() -> SystemUser.call(() -> users.create(form)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("cpf"));
    }

    @Test
    void shortPasswordIsRefused() {
        NewUser form = new NewUser("Fulano", TestUsers.randomCpf(), null, null, null, Role.AUDITOR, Set.of(), Set.of(),
                "curta");
        assertThatThrownBy(() -> SystemUser.call(() -> users.create(form)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("password.too-short"));
    }

    @Test
    void changingOwnPasswordClearsTheMustChangeFlag() {
        var created = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        AppUser me = new AppUser(created.id(), created.name(), created.email(), Role.AUDITOR, Set.of(), Set.of(), true);
        AppUser updated = SystemUser.callAs(me, () -> users.changeOwnPassword(TestUsers.PASSWORD, "outra-senha-bem-longa"));
        assertThat(updated.mustChangePassword()).isFalse();
        assertThatThrownBy(() -> SystemUser.callAs(me, () -> users.changeOwnPassword("errada-errada-1", "mais-uma-senha-longa")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("currentPassword"));
    }

    @Test
    void demoDataSeededOneUserOfEachRoleAndThreeUnits() {
        var units = SystemUser.call(organization::visibleUnits);
        assertThat(units).extracting(UnitSummary::code).contains("SED-001", "EMEF-002", "UBS-003");
        assertThat(SystemUser.call(() -> users.list(0, 500))).extracting(UserService.UserSummary::role)
                .contains(Role.ADMIN, Role.GESTOR, Role.AUDITOR);
    }
}
