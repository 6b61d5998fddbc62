package br.com.patritech.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Units and rooms: who may change what, and what is refused; run on H2 and PostgreSQL by the subclasses. */
@IntegrationTest
abstract class OrganizationServiceTests {

    @Autowired
    OrganizationService organization;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    private UnitSummary ownUnit;
    private UnitSummary otherUnit;

    @BeforeEach
    void setUp() {
        ownUnit = newUnit();
        otherUnit = newUnit();
    }

    private static String randomCode() {
        return "T-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private UnitSummary newUnit() {
        return SystemUser.call(() -> organization.createUnit(new UnitForm(randomCode(), "Escola de teste", "Rua A, 1")));
    }

    private AppUser gestor(Permission... flags) {
        return testUsers.principal(Role.GESTOR, Set.of(ownUnit.id()),
                flags.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(flags[0], flags));
    }

    private DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a DomainException");
    }

    @Test
    void adminCreatesEditsAndDeletesAnUnusedUnitWithTheCodeInUpperCase() {
        String code = randomCode();
        UnitSummary created = SystemUser.call(() -> organization.createUnit(
                new UnitForm(code.toLowerCase(), " Escola Nova ", null)));
        assertThat(created.code()).isEqualTo(code);
        assertThat(created.name()).isEqualTo("Escola Nova");

        UnitSummary edited = SystemUser.call(() -> organization.updateUnit(created.id(), created.version(),
                new UnitForm(code, "Escola Renomeada", "Rua B, 2", false)));
        assertThat(edited.name()).isEqualTo("Escola Renomeada");
        assertThat(edited.active()).isFalse();
        assertThat(edited.version()).isGreaterThan(created.version());

        SystemUser.run(() -> organization.deleteUnit(created.id(), edited.version()));
        assertThat(SystemUser.call(organization::visibleUnits)).extracting(UnitSummary::id).doesNotContain(created.id());
    }

    @Test
    void duplicateUnitCodeIsRefusedWithTheFieldNamed() {
        DomainException onCreate = refusal(() -> SystemUser.call(() -> organization.createUnit(
                new UnitForm(ownUnit.code().toLowerCase(), "Outra", null))));
        assertThat(onCreate.getField()).isEqualTo("code");
        assertThat(onCreate.getMessageKey()).isEqualTo("unit.code.duplicate");

        DomainException onEdit = refusal(() -> SystemUser.call(() -> organization.updateUnit(otherUnit.id(),
                otherUnit.version(), new UnitForm(ownUnit.code(), "Outra", null, true))));
        assertThat(onEdit.getField()).isEqualTo("code");
    }

    @Test
    void malformedUnitCodeIsRefusedWithTheFieldNamed() {
        DomainException e = refusal(() -> SystemUser.call(() -> organization.createUnit(
                new UnitForm("SED 001!", "Sede", null))));
        assertThat(e.getField()).isEqualTo("code");
        assertThat(e.getMessageKey()).isEqualTo("unit.code.invalid");
    }

    @Test
    void unitWithRoomsCannotBeDeletedAndStaysUntouched() {
        SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Sala 01", null)));
        DomainException e = refusal(() -> SystemUser.run(() -> organization.deleteUnit(ownUnit.id(), ownUnit.version())));
        assertThat(e.getMessageKey()).isEqualTo("unit.delete.in-use");
        assertThat(SystemUser.call(() -> organization.unit(ownUnit.id())).code()).isEqualTo(ownUnit.code());
    }

    @Test
    void unitSomeoneWorksInCannotBeDeleted() {
        testUsers.create(Role.GESTOR, Set.of(otherUnit.id()), Set.of());
        DomainException e = refusal(() -> SystemUser.run(() -> organization.deleteUnit(otherUnit.id(), otherUnit.version())));
        assertThat(e.getMessageKey()).isEqualTo("unit.delete.in-use");
    }

    @Test
    void editingAUnitSomeoneElseChangedMeanwhileIsRefused() {
        SystemUser.call(() -> organization.updateUnit(ownUnit.id(), ownUnit.version(),
                new UnitForm(ownUnit.code(), "Nome da primeira pessoa", null, true)));
        assertThatThrownBy(() -> SystemUser.call(() -> organization.updateUnit(ownUnit.id(), ownUnit.version(),
                new UnitForm(ownUnit.code(), "Nome da segunda pessoa", null, true))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(SystemUser.call(() -> organization.unit(ownUnit.id())).name()).isEqualTo("Nome da primeira pessoa");
    }

    @Test
    void gestorWithUnitManageEditsOwnUnitButNotAnotherOne() {
        AppUser gestor = gestor(Permission.UNIT_MANAGE);
        UnitSummary edited = SystemUser.callAs(gestor, () -> organization.updateUnit(ownUnit.id(), ownUnit.version(),
                new UnitForm(ownUnit.code(), "Editada pelo gestor", null, true)));
        assertThat(edited.name()).isEqualTo("Editada pelo gestor");
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> organization.updateUnit(otherUnit.id(),
                otherUnit.version(), new UnitForm(otherUnit.code(), "Invadida", null, true))))
                .isInstanceOf(NotFoundException.class);
        assertThat(SystemUser.call(() -> organization.unit(otherUnit.id())).name()).isEqualTo("Escola de teste");
    }

    @Test
    void gestorWithoutUnitManageCannotEditOwnUnitAndNoGestorCreatesOrDeletesUnits() {
        AppUser plain = gestor(Permission.ASSET_CREATE);
        assertThatThrownBy(() -> SystemUser.callAs(plain, () -> organization.updateUnit(ownUnit.id(), ownUnit.version(),
                new UnitForm(ownUnit.code(), "X", null, true)))).isInstanceOf(AccessDeniedException.class);
        AppUser manager = gestor(Permission.UNIT_MANAGE);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> organization.createUnit(
                new UnitForm(randomCode(), "X", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(manager, () -> {
            organization.deleteUnit(ownUnit.id(), ownUnit.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void gestorSeesOnlyOwnUnitsAuditorSeesAll() {
        assertThat(SystemUser.callAs(gestor(), organization::visibleUnits)).extracting(UnitSummary::id)
                .containsExactly(ownUnit.id());
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThat(SystemUser.callAs(auditor, organization::visibleUnits)).extracting(UnitSummary::id)
                .contains(ownUnit.id(), otherUnit.id());
        assertThatThrownBy(() -> SystemUser.callAs(gestor(), () -> organization.rooms(otherUnit.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void auditorChangesNothing() {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        RoomSummary room = SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Sala 01", null)));
        UnitForm unitForm = new UnitForm(ownUnit.code(), "X", null, true);
        RoomForm roomForm = new RoomForm("Sala X", null);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> organization.createUnit(new UnitForm(randomCode(), "X", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> organization.updateUnit(ownUnit.id(), ownUnit.version(), unitForm)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> organization.createRoom(ownUnit.id(), roomForm)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> organization.updateRoom(room.id(), room.version(), roomForm)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> {
            organization.deleteRoom(room.id(), room.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemUser.call(() -> organization.rooms(ownUnit.id()))).extracting(RoomSummary::name)
                .containsExactly("Sala 01");
    }

    @Test
    void gestorWithRoomManageManagesRoomsOfOwnUnitOnly() {
        AppUser gestor = gestor(Permission.ROOM_MANAGE);
        RoomSummary room = SystemUser.callAs(gestor, () -> organization.createRoom(ownUnit.id(), new RoomForm("Biblioteca", null)));
        RoomSummary renamed = SystemUser.callAs(gestor, () -> organization.updateRoom(room.id(), room.version(),
                new RoomForm("Biblioteca Central", "Térreo")));
        assertThat(renamed.description()).isEqualTo("Térreo");
        RoomSummary elsewhere = SystemUser.call(() -> organization.createRoom(otherUnit.id(), new RoomForm("Cozinha", null)));
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> organization.updateRoom(elsewhere.id(), elsewhere.version(),
                new RoomForm("Invadida", null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> organization.createRoom(otherUnit.id(),
                new RoomForm("Nova", null)))).isInstanceOf(NotFoundException.class);
        SystemUser.callAs(gestor, () -> {
            organization.deleteRoom(room.id(), renamed.version());
            return null;
        });
        assertThat(SystemUser.call(() -> organization.rooms(ownUnit.id()))).isEmpty();
    }

    @Test
    void gestorWithoutRoomManageCannotCreateARoom() {
        AppUser gestor = gestor(Permission.ASSET_CREATE, Permission.UNIT_MANAGE);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> organization.createRoom(ownUnit.id(),
                new RoomForm("Sala 01", null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemUser.call(() -> organization.rooms(ownUnit.id()))).isEmpty();
    }

    @Test
    void anInactiveUnitGetsNoNewRoomsButKeepsAndRenamesItsOwn() {
        RoomSummary kept = SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Arquivo", null)));
        SystemUser.call(() -> organization.updateUnit(ownUnit.id(), ownUnit.version(),
                new UnitForm(ownUnit.code(), ownUnit.name(), ownUnit.address(), false)));

        DomainException e = refusal(() -> SystemUser.call(() -> organization.createRoom(ownUnit.id(),
                new RoomForm("Sala nova", null))));
        assertThat(e.getMessageKey()).isEqualTo("room.unit.inactive");
        assertThat(SystemUser.call(() -> organization.updateRoom(kept.id(), kept.version(),
                new RoomForm("Arquivo morto", null))).name()).isEqualTo("Arquivo morto");
        assertThat(SystemUser.call(() -> organization.rooms(ownUnit.id()))).extracting(RoomSummary::name)
                .containsExactly("Arquivo morto");
    }

    @Test
    void roomNameMustBeUniqueWithinTheUnitOnly() {
        SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Sala 01", null)));
        DomainException e = refusal(() -> SystemUser.call(() -> organization.createRoom(ownUnit.id(),
                new RoomForm("sala 01", null))));
        assertThat(e.getField()).isEqualTo("name");
        assertThat(e.getMessageKey()).isEqualTo("room.name.duplicate");
        RoomSummary second = SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Sala 02", null)));
        assertThat(refusal(() -> SystemUser.call(() -> organization.updateRoom(second.id(), second.version(),
                new RoomForm("Sala 01", null)))).getField()).isEqualTo("name");
        assertThat(SystemUser.call(() -> organization.createRoom(otherUnit.id(), new RoomForm("Sala 01", null))).name())
                .isEqualTo("Sala 01");
    }

    @Test
    void roomStillReferencedCannotBeDeleted() {
        // Stands in for the assets table: any foreign key to the room must block the deletion.
        jdbc.execute("create table if not exists test_room_refs (room_id bigint not null references rooms (id))");
        RoomSummary room = SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Sala 01", null)));
        jdbc.update("insert into test_room_refs (room_id) values (?)", room.id());
        DomainException e = refusal(() -> SystemUser.run(() -> organization.deleteRoom(room.id(), room.version())));
        assertThat(e.getMessageKey()).isEqualTo("room.delete.in-use");
        assertThat(SystemUser.call(() -> organization.rooms(ownUnit.id()))).extracting(RoomSummary::id)
                .containsExactly(room.id());
    }

    @Test
    void editingARoomSomeoneElseChangedMeanwhileIsRefused() {
        RoomSummary room = SystemUser.call(() -> organization.createRoom(ownUnit.id(), new RoomForm("Sala 01", null)));
        SystemUser.call(() -> organization.updateRoom(room.id(), room.version(), new RoomForm("Sala A", null)));
        assertThatThrownBy(() -> SystemUser.call(() -> organization.updateRoom(room.id(), room.version(),
                new RoomForm("Sala B", null)))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
