package br.com.patritech.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.exchange.AssetExport;
import br.com.patritech.exchange.ExportFormat;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.TokenService;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.UserForm;

/** Every audited action leaves one entry saying who did what, about which unit; on H2 and PostgreSQL. */
@IntegrationTest
abstract class AuditedActionsTests {

    @Autowired AuditTrail trail;
    @Autowired TestUsers testUsers;
    @Autowired UserService users;
    @Autowired OrganizationService organization;
    @Autowired CatalogService catalog;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired AssetExport export;
    @Autowired AuthenticationProvider passwords;
    @Autowired TokenService tokens;

    /** Spring's test support binds a mock request to every test; a start-up job or scheduled task has none. */
    @BeforeEach
    @AfterEach
    void outsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** The newest entries of that action about that subject, as an administrator reads them. */
    private List<AuditEntry> entries(String action, String subjectPart) {
        return SystemUser.call(() -> trail.find(AuditFilter.all().withAction(action), 0, 200)).stream()
                .filter(e -> e.subject() != null && e.subject().contains(subjectPart)).toList();
    }

    private AppUser admin() {
        return testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    @Test
    void creatingAUserRecordsTheAdministratorTheAccountItsUnitAndWhatWasGranted() {
        AppUser admin = admin();
        long unit = fixtures.newUnit().unitId();
        String cpf = TestUsers.randomCpf();
        var created = SystemUser.callAs(admin, () -> users.create(new UserForm("Maria Auditada", cpf, null, null, null,
                Role.GESTOR, Set.of(unit), EnumSet.of(Permission.ASSET_EDIT))));

        AuditEntry entry = entries("USER_CREATED", cpf).getFirst();
        assertThat(entry.actorLogin()).isEqualTo(admin.login());
        assertThat(entry.actorName()).isEqualTo(admin.name());
        assertThat(entry.subject()).isEqualTo("Maria Auditada (" + created.user().cpf() + ")");
        assertThat(entry.unitId()).isEqualTo(unit);
        assertThat(entry.detail()).contains("role: GESTOR", "flags: ASSET_EDIT");
        assertThat(entry.clientAddress()).as("outside a request").isNull();
    }

    @Test
    void changingContactDataSaysWhichFieldsChangedFromWhatToWhat() {
        var user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        SystemUser.call(() -> users.update(user.id(), user.version(), new UserForm("Nome Novo", user.cpf(), user.email(),
                "(61) 99999-0000", null, Role.AUDITOR, Set.of(), Set.of())));

        AuditEntry entry = entries("USER_CHANGED", user.email()).getFirst();
        assertThat(entry.detail()).isEqualTo("name: " + user.name() + " → Nome Novo; phone: — → (61) 99999-0000");
        assertThat(entries("USER_ACCESS_CHANGED", user.email())).as("role, units and flags did not change").isEmpty();
    }

    @Test
    void grantingAndRemovingRoleUnitsAndFlagsListsEachOne() {
        var first = fixtures.newUnit();
        var second = fixtures.newUnit();
        var user = testUsers.create(Role.GESTOR, Set.of(first.unitId()), EnumSet.of(Permission.ASSET_EDIT));
        SystemUser.call(() -> users.update(user.id(), user.version(), new UserForm(user.name(), user.cpf(), user.email(),
                null, null, Role.GESTOR, Set.of(second.unitId()), EnumSet.of(Permission.ASSET_WRITE_OFF))));

        AuditEntry entry = entries("USER_ACCESS_CHANGED", user.email()).getFirst();
        assertThat(entry.detail()).isEqualTo("units: +" + second.unitCode() + " −" + first.unitCode()
                + "; flags: +ASSET_WRITE_OFF −ASSET_EDIT");
        assertThat(entry.unitId()).isEqualTo(second.unitId());

        var changed = SystemUser.call(() -> users.user(user.id()));
        SystemUser.call(() -> users.update(user.id(), changed.version(), new UserForm(user.name(), user.cpf(),
                user.email(), null, null, Role.ADMIN, Set.of(), Set.of())));
        assertThat(entries("USER_ACCESS_CHANGED", user.email()).getFirst().detail())
                .startsWith("role: GESTOR → ADMIN; units: −" + second.unitCode());
    }

    @Test
    void deactivatingAndReactivatingAreRecorded() {
        var user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        var off = SystemUser.call(() -> users.setActive(user.id(), user.version(), false));
        SystemUser.call(() -> users.setActive(user.id(), off.version(), true));

        assertThat(entries("USER_DEACTIVATED", user.email())).hasSize(1);
        assertThat(entries("USER_REACTIVATED", user.email())).hasSize(1);
    }

    @Test
    void passwordResetIsRecordedWithWhoResetIt() {
        AppUser admin = admin();
        var user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        SystemUser.callAs(admin, () -> users.resetPassword(user.id(), user.version()));

        assertThat(entries("USER_PASSWORD_RESET", user.email()).getFirst().actorLogin()).isEqualTo(admin.login());
    }

    @Test
    void unitsCreatedChangedAndDeletedAreRecordedAboutThatUnit() {
        String code = "AUD-" + System.nanoTime() % 100000;
        var unit = SystemUser.call(() -> organization.createUnit(new UnitForm(code, "Escola Auditada", null)));
        var renamed = SystemUser.call(() -> organization.updateUnit(unit.id(), unit.version(),
                new UnitForm(code, "Escola Renomeada", "Rua 1", true)));
        SystemUser.run(() -> organization.deleteUnit(unit.id(), renamed.version()));

        assertThat(entries("UNIT_CREATED", code).getFirst().unitId()).isEqualTo(unit.id());
        assertThat(entries("UNIT_CHANGED", code).getFirst().detail())
                .isEqualTo("name: Escola Auditada → Escola Renomeada; address: — → Rua 1");
        assertThat(entries("UNIT_DELETED", code)).hasSize(1);
    }

    @Test
    void roomsCreatedChangedAndDeletedAreRecordedAboutTheirUnit() {
        var place = fixtures.newUnit();
        var room = SystemUser.call(() -> organization.createRoom(place.unitId(), new RoomForm("Almoxarifado", null)));
        var renamed = SystemUser.call(() -> organization.updateRoom(room.id(), room.version(),
                new RoomForm("Depósito", null)));
        SystemUser.run(() -> organization.deleteRoom(room.id(), renamed.version()));

        String subject = place.unitCode() + " / ";
        assertThat(entries("ROOM_CREATED", subject + "Almoxarifado").getFirst().unitId()).isEqualTo(place.unitId());
        assertThat(entries("ROOM_CHANGED", subject + "Depósito").getFirst().detail())
                .isEqualTo("name: Almoxarifado → Depósito");
        assertThat(entries("ROOM_DELETED", subject + "Depósito")).hasSize(1);
    }

    @Test
    void categoriesCreatedChangedAndDeletedAreRecorded() {
        String name = "Categoria auditada " + System.nanoTime() % 100000;
        var category = SystemUser.call(() -> catalog.create(new CategoryForm(name, "AUD")));
        var changed = SystemUser.call(() -> catalog.update(category.id(), category.version(), new CategoryForm(name, "AUX")));
        SystemUser.run(() -> catalog.delete(category.id(), changed.version()));

        assertThat(entries("CATEGORY_CREATED", name).getFirst().detail()).isEqualTo("prefix: AUD");
        assertThat(entries("CATEGORY_CHANGED", name).getFirst().detail()).isEqualTo("prefix: AUD → AUX");
        assertThat(entries("CATEGORY_DELETED", name).getFirst().unitId()).isNull();
    }

    @Test
    void revertingAWriteOffRecordsTheAssetItsUnitAndTheJustification() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("AUD");
        var asset = SystemUser.call(() -> assets.create(AssetFixtures.form(category, place, "Projetor auditado", "900.00")));
        var written = SystemUser.call(() -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.EXTRAVIO_PERDA, null, null)));
        SystemUser.call(() -> assets.revertWriteOff(asset.id(), written.version(), "Encontrado na sala ao lado"));

        AuditEntry entry = entries("WRITE_OFF_REVERTED", asset.tombo()).getFirst();
        assertThat(entry.unitId()).isEqualTo(place.unitId());
        assertThat(entry.unitCode()).isEqualTo(place.unitCode());
        assertThat(entry.detail()).isEqualTo("Encontrado na sala ao lado");
    }

    @Test
    void anExportRunIsRecordedWithItsFormatAndFilter() throws Exception {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        var place = fixtures.newUnit();
        SystemUser.callAs(auditor, () -> {
            try {
                export.write(AssetFilter.all().withUnit(place.unitId()), List.of(), ExportFormat.CSV, Locale.ENGLISH,
                        new ByteArrayOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        AuditEntry entry = SystemUser.call(() -> trail.find(AuditFilter.all().withAction("EXPORT_RUN")
                .withUnit(place.unitId()), 0, 5)).getFirst();
        assertThat(entry.actorLogin()).isEqualTo(auditor.login());
        assertThat(entry.detail()).contains("format: CSV");
    }

    @Test
    void signInsAndFailuresAreRecordedWithTheLoginTriedAndTheClientAddress() {
        var user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        signIn(user.email(), "senha errada");
        signIn(user.email(), TestUsers.PASSWORD);

        AuditEntry failure = entries("SIGN_IN_FAILED", user.email()).getFirst();
        assertThat(failure.actorLogin()).as("the login tried").isEqualTo(user.email());
        assertThat(failure.clientAddress()).isEqualTo("203.0.113.9");
        AuditEntry success = entries("SIGN_IN", user.email()).getFirst();
        assertThat(success.actorName()).isEqualTo(user.name());
        assertThat(success.clientAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void theFailureThatLocksAnAccountIsRecordedAsALockout() {
        String login = "ninguem" + System.nanoTime() % 1_000_000 + "@teste.gov.br";
        for (int i = 0; i < 5; i++) {
            signIn(login, "errada");
        }

        assertThat(entries("SIGN_IN_FAILED", login)).hasSize(5);
        assertThat(entries("SIGN_IN_LOCKED", login).getFirst().detail()).startsWith("account locked");
    }

    @Test
    void issuingApiTokensAndRevokingAReusedChainAreRecorded() {
        AppUser user = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        var issued = tokens.issue(user);
        tokens.refresh(issued.refresh_token());
        try {
            tokens.refresh(issued.refresh_token());
        } catch (TokenService.RefreshRefused expected) {
            // reuse: the chain is revoked
        }

        assertThat(entries("API_TOKEN_ISSUED", user.login()).getFirst().actorName()).isEqualTo(user.name());
        assertThat(entries("API_TOKEN_CHAIN_REVOKED", user.login()).getFirst().detail())
                .isEqualTo("a spent refresh token was presented again");
    }

    private void signIn(String login, String password) {
        try {
            passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
        } catch (AuthenticationException refused) {
            // what the login screen shows is not the point here
        }
    }
}
