package br.com.patritech.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService.IssuedPassword;
import br.com.patritech.users.UserService.UserForm;
import br.com.patritech.users.UserService.UserSummary;

/** The users screen's rules: scope, no privilege escalation, deactivation, resets; on H2 and PostgreSQL. */
@IntegrationTest
abstract class UserAdministrationTests {

    @Autowired
    UserService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    TestUsers testUsers;

    @Autowired
    PasswordAuthenticationProvider authentication;

    private long ownUnit;
    private long otherUnit;
    private AppUser manager;

    @BeforeEach
    void setUp() {
        ownUnit = newUnit();
        otherUnit = newUnit();
        manager = testUsers.principal(Role.GESTOR, Set.of(ownUnit),
                EnumSet.of(Permission.USER_MANAGE, Permission.ASSET_CREATE));
    }

    private long newUnit() {
        String code = "U-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return SystemUser.call(() -> organization.createUnit(new UnitForm(code, "Unidade " + code, null))).id();
    }

    private static UserForm formOf(UserSummary u, Role role, Set<Long> units, Set<Permission> flags) {
        return new UserForm(u.name(), u.cpf(), u.email(), u.phone(), u.address(), role, units, flags);
    }

    private static UserForm renamed(UserSummary u, String name) {
        return new UserForm(name, u.cpf(), u.email(), u.phone(), u.address(), u.role(), u.unitIds(), u.permissions());
    }

    private AppUser login(String login, String password) {
        return (AppUser) authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(login, password)).getPrincipal();
    }

    @Test
    void gestorEditsAGestorOfTheirUnitWithinTheirOwnFlags() {
        UserSummary target = testUsers.create(Role.GESTOR, Set.of(ownUnit), Set.of());
        UserSummary edited = SystemUser.callAs(manager, () -> users.update(target.id(), target.version(),
                formOf(target, Role.GESTOR, Set.of(ownUnit), EnumSet.of(Permission.ASSET_CREATE))));
        assertThat(edited.permissions()).containsExactly(Permission.ASSET_CREATE);
    }

    @Test
    void gestorCannotPromoteAnyoneToAdministratorOrAuditor() {
        UserSummary target = testUsers.create(Role.GESTOR, Set.of(ownUnit), Set.of());
        for (Role role : new Role[] {Role.ADMIN, Role.AUDITOR}) {
            assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.update(target.id(), target.version(),
                    formOf(target, role, Set.of(ownUnit), Set.of())))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(SystemUser.call(() -> users.user(target.id())).role()).isEqualTo(Role.GESTOR);
    }

    @Test
    void gestorCannotAddAnotherUnitOrAFlagTheyLack() {
        UserSummary target = testUsers.create(Role.GESTOR, Set.of(ownUnit), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.update(target.id(), target.version(),
                formOf(target, Role.GESTOR, Set.of(ownUnit, otherUnit), Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.update(target.id(), target.version(),
                formOf(target, Role.GESTOR, Set.of(ownUnit), EnumSet.of(Permission.USER_MANAGE, Permission.ASSET_WRITE_OFF)))))
                .isInstanceOf(AccessDeniedException.class);
        UserSummary unchanged = SystemUser.call(() -> users.user(target.id()));
        assertThat(unchanged.unitIds()).containsExactly(ownUnit);
        assertThat(unchanged.permissions()).isEmpty();
    }

    @Test
    void flagsTheGestorDoesNotHoldStayAsTheyWere() {
        UserSummary target = testUsers.create(Role.GESTOR, Set.of(ownUnit), EnumSet.of(Permission.ASSET_WRITE_OFF));
        UserSummary edited = SystemUser.callAs(manager, () -> users.update(target.id(), target.version(),
                new UserForm("Nome Novo", target.cpf(), target.email(), null, null, Role.GESTOR, Set.of(ownUnit),
                        EnumSet.of(Permission.ASSET_CREATE))));
        assertThat(edited.name()).isEqualTo("Nome Novo");
        assertThat(edited.permissions()).containsExactlyInAnyOrder(Permission.ASSET_WRITE_OFF, Permission.ASSET_CREATE);
    }

    @Test
    void gestorSeesButCannotManageAPeerWhoAlsoManagesAnotherUnit() {
        UserSummary peer = testUsers.create(Role.GESTOR, Set.of(ownUnit, otherUnit), Set.of());
        assertThat(SystemUser.callAs(manager, () -> users.list(0, 1000))).extracting(UserSummary::id).contains(peer.id());
        assertThat(SystemUser.callAs(manager, () -> users.mayManage(peer))).isFalse();
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.update(peer.id(), peer.version(),
                new UserForm(peer.name(), peer.cpf(), "sequestro-" + peer.email(), null, null, Role.GESTOR,
                        Set.of(ownUnit), Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.setActive(peer.id(), peer.version(), false)))
                .isInstanceOf(AccessDeniedException.class);
        UserSummary unchanged = SystemUser.call(() -> users.user(peer.id()));
        assertThat(unchanged.email()).isEqualTo(peer.email());
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.unitIds()).containsExactlyInAnyOrder(ownUnit, otherUnit);
    }

    @Test
    void aGestorAlwaysHasAtLeastOneUnit() {
        assertUnitsRequired(() -> SystemUser.callAs(manager, () -> users.create(new UserForm("Sem Unidade",
                TestUsers.randomCpf(), null, null, null, Role.GESTOR, Set.of(), Set.of()))));
        assertUnitsRequired(() -> testUsers.create(Role.GESTOR, Set.of(), Set.of()));
        UserSummary gestor = testUsers.create(Role.GESTOR, Set.of(ownUnit), Set.of());
        assertUnitsRequired(() -> SystemUser.call(() -> users.update(gestor.id(), gestor.version(),
                formOf(gestor, Role.GESTOR, Set.of(), Set.of()))));
        assertUnitsRequired(() -> SystemUser.callAs(manager, () -> users.update(gestor.id(), gestor.version(),
                formOf(gestor, Role.GESTOR, Set.of(), Set.of()))));
        assertThat(SystemUser.call(() -> users.user(gestor.id())).unitIds()).containsExactly(ownUnit);
    }

    private static void assertUnitsRequired(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getField()).isEqualTo("unitIds"));
    }

    @Test
    void gestorCannotEditDeactivateOrResetAnAdministrator() {
        UserSummary admin = testUsers.create(Role.ADMIN, Set.of(ownUnit), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.update(admin.id(), admin.version(),
                formOf(admin, Role.ADMIN, Set.of(ownUnit), Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.setActive(admin.id(), admin.version(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.resetPassword(admin.id(), admin.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemUser.call(() -> users.user(admin.id())).active()).isTrue();
    }

    @Test
    void gestorNeitherSeesNorManagesUsersOutsideTheirUnits() {
        UserSummary inside = testUsers.create(Role.GESTOR, Set.of(ownUnit), Set.of());
        UserSummary outside = testUsers.create(Role.GESTOR, Set.of(otherUnit), Set.of());
        assertThat(SystemUser.callAs(manager, () -> users.list(0, 1000))).extracting(UserSummary::id)
                .contains(inside.id(), manager.id()).doesNotContain(outside.id());
        assertThat(SystemUser.callAs(manager, () -> users.count(null))).isEqualTo(2);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.setActive(outside.id(), outside.version(), false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.update(outside.id(), outside.version(),
                formOf(outside, Role.GESTOR, Set.of(ownUnit), Set.of())))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listIsSearchedAndPagedInNameOrder() {
        String surname = "Pagina" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        for (String first : new String[] {"Carla", "Ana", "Bruno", "Daniel"}) {
            UserSummary u = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
            SystemUser.call(() -> users.update(u.id(), u.version(), renamed(u, first + " " + surname)));
        }
        assertThat(SystemUser.call(() -> users.count(surname.toLowerCase()))).isEqualTo(4);
        assertThat(SystemUser.call(() -> users.list(surname, 1, 2))).extracting(UserSummary::name)
                .containsExactly("Bruno " + surname, "Carla " + surname);
    }

    @Test
    void auditorManagesNoUsers() {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        UserSummary target = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> users.update(target.id(), target.version(),
                formOf(target, Role.AUDITOR, Set.of(), Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> users.list(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyDeactivatesThemselves() {
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        UserSummary me = SystemUser.call(() -> users.user(admin.id()));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> users.setActive(me.id(), me.version(), false)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("user.self.deactivate"));
    }

    @Test
    void deactivatedUserCannotLogInUntilReactivated() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        assertThat(login(user.email(), TestUsers.PASSWORD).id()).isEqualTo(user.id());
        UserSummary deactivated = SystemUser.call(() -> users.setActive(user.id(), user.version(), false));
        assertThatThrownBy(() -> login(user.email(), TestUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        SystemUser.call(() -> users.setActive(user.id(), deactivated.version(), true));
        assertThat(login(user.cpf(), TestUsers.PASSWORD).id()).isEqualTo(user.id());
    }

    @Test
    void passwordResetReplacesThePasswordAndForcesAChangeAtNextLogin() {
        UserSummary user = testUsers.create(Role.GESTOR, Set.of(ownUnit), Set.of());
        AppUser self = login(user.email(), TestUsers.PASSWORD);
        SystemUser.callAs(self, () -> users.changeOwnPassword(TestUsers.PASSWORD, "minha-senha-escolhida"));
        assertThat(login(user.email(), "minha-senha-escolhida").mustChangePassword()).isFalse();

        long version = SystemUser.call(() -> users.user(user.id())).version();
        IssuedPassword issued = SystemUser.callAs(manager, () -> users.resetPassword(user.id(), version));

        assertThat(issued.password()).hasSizeGreaterThanOrEqualTo(12);
        assertThatThrownBy(() -> login(user.email(), "minha-senha-escolhida")).isInstanceOf(BadCredentialsException.class);
        assertThat(login(user.email(), issued.password()).mustChangePassword()).isTrue();
    }

    @Test
    void gestorCannotResetThePasswordOfSomeoneWithMorePowers() {
        UserSummary stronger = testUsers.create(Role.GESTOR, Set.of(ownUnit), EnumSet.of(Permission.ASSET_WRITE_OFF));
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> users.resetPassword(stronger.id(), stronger.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(login(stronger.email(), TestUsers.PASSWORD).id()).isEqualTo(stronger.id());
    }

    @Test
    void duplicateCpfOnEditIsRefusedWithTheFieldNamed() {
        UserSummary first = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        UserSummary second = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        assertThatThrownBy(() -> SystemUser.call(() -> users.update(second.id(), second.version(),
                new UserForm(second.name(), first.cpf(), second.email(), null, null, Role.AUDITOR, Set.of(), Set.of()))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("cpf");
                    assertThat(e.getMessageKey()).isEqualTo("user.cpf.duplicate");
                });
    }

    @Test
    void editingAUserSomeoneElseChangedMeanwhileIsRefused() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        SystemUser.call(() -> users.update(user.id(), user.version(), renamed(user, "Primeira edição")));
        assertThatThrownBy(() -> SystemUser.call(() -> users.update(user.id(), user.version(),
                renamed(user, "Segunda edição"))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(SystemUser.call(() -> users.user(user.id())).name()).isEqualTo("Primeira edição");
    }

    @Test
    void createFromTheScreenIssuesAPasswordThatMustBeChanged() {
        IssuedPassword issued = SystemUser.callAs(manager, () -> users.create(new UserForm("Nova Pessoa",
                TestUsers.randomCpf(), null, "(11) 90000-0000", "Rua C, 3", Role.GESTOR, Set.of(ownUnit),
                EnumSet.of(Permission.ASSET_CREATE))));
        AppUser created = login(issued.user().cpf(), issued.password());
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.unitIds()).containsExactly(ownUnit);
    }
}
