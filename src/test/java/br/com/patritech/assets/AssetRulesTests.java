package br.com.patritech.assets;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.base.DomainException;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Rules the service enforces whoever calls it (screen or API): lifecycle, vetoes, inactive units, values. */
@IntegrationTest
abstract class AssetRulesTests {

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    OrganizationService organization;

    @Autowired
    SwitchableMovementVeto veto;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssetHistoryWriter historyWriter;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AssetTransit transit;

    Place own;
    Place closed;
    long category;
    AppUser admin;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        closed = fixtures.newUnit();
        category = fixtures.newCategory("RG");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        SystemUser.call(() -> {
            var unit = organization.unit(closed.unitId());
            return organization.updateUnit(unit.id(), unit.version(),
                    new UnitForm(unit.code(), unit.name(), unit.address(), false));
        });
    }

    @AfterEach
    void disarmVeto() {
        veto.disarm();
    }

    private AssetDetails register(Place place, String value) {
        return SystemUser.callAs(admin, () -> assets.create(form(category, place, "Bem de teste", value)));
    }

    private static void assertRefused(Runnable call, String field, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            if (field != null) {
                assertThat(e.getViolations()).extracting(DomainException.Violation::field).contains(field);
            }
            assertThat(e.getViolations()).extracting(DomainException.Violation::messageKey).contains(messageKey);
        });
    }

    @Test
    void noAssetIsRegisteredIntoAnInactiveUnit() {
        assertRefused(() -> register(closed, "100.00"), "unitId", "asset.unit.inactive");
    }

    @Test
    void noAssetIsMovedInOneStepIntoAnotherUnitNorIntoAnotherUnitsRoom() {
        AssetDetails asset = register(own, "100.00");
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(closed.unitId(), closed.roomA(), null))), "unitId",
                "asset.transfer.other-unit-needs-guide");
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(own.unitId(), closed.roomA(), null))), "roomId", "asset.room.not-in-unit");
        assertThat(SystemUser.callAs(admin, () -> assets.get(asset.id())).unitId()).isEqualTo(own.unitId());
    }

    @Test
    void acquisitionValueMustBeAPlausibleAmountInReais() {
        assertRefused(() -> register(own, "-1"), "acquisitionValue", "asset.value.negative");
        assertRefused(() -> register(own, "12.345"), "acquisitionValue", "asset.value.format");
        assertRefused(() -> register(own, "1000000000.00"), "acquisitionValue", "asset.value.too-large");
        assertRefused(() -> register(own, "1e20"), "acquisitionValue", "asset.value.too-large");
        assertThat(register(own, "999999999.99").acquisitionValue()).isEqualByComparingTo("999999999.99");
    }

    @Test
    void anAssetInTransitCanNeitherBeEditedMovedNorWrittenOffAndOffersNothing() {
        AssetDetails asset = register(own, "100.00");
        // Put in transit behind the services' back, so it is undone at the end: the maintained totals never saw it,
        // and later tests on the same database compare them with the assets (DashboardServiceTests, AssetTotalsTests)
        jdbc.update("update assets set status = 'EM_TRANSITO' where id = ?", asset.id());
        try {
            refusesEverythingInTransit(asset);
        } finally {
            jdbc.update("update assets set status = 'ATIVO' where id = ?", asset.id());
        }
    }

    private void refusesEverythingInTransit(AssetDetails asset) {
        AssetDetails inTransit = SystemUser.callAs(admin, () -> assets.get(asset.id()));
        assertThat(inTransit.status()).isEqualTo(AssetStatus.EM_TRANSITO);
        assertThat(inTransit.allowed()).isEqualTo(new AssetDetails.AllowedActions(false, false, false, false));
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(own.unitId(), own.roomB(), null))), null, "asset.in-transit.locked");
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null))), null, "asset.in-transit.locked");
        AssetForm edit = AssetForm.of(inTransit);
        edit.setName("Outro nome");
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), edit)), null,
                "asset.in-transit.locked");
    }

    @Test
    void theFormCannotPutAnAssetInTransit() {
        AssetForm form = form(category, own, "Bem", "10.00");
        form.setStatus(AssetStatus.EM_TRANSITO);
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.create(form)), "status", "asset.status.not-selectable");
    }

    @Test
    void aRegisteredVetoRefusesAMoveAndAWriteOffWithItsMessage() {
        AssetDetails asset = register(own, "100.00");
        veto.arm(asset.id(), "inventory.frozen");
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(own.unitId(), own.roomB(), null))), null, "inventory.frozen");
        assertRefused(() -> SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null))), null, "inventory.frozen");
        assertThat(veto.lastSeen()).isEqualTo(new AssetMovement(asset.id(), AssetAction.WRITE_OFF, own.unitId(), null));
        veto.disarm();
        AssetDetails moved = SystemUser.callAs(admin, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(own.unitId(), own.roomB(), null)));
        assertThat(moved.roomId()).isEqualTo(own.roomB());
    }

    @Test
    void sendingOnATransferGuideAsksTheSameLifecycleAndVetoesAsAMove() {
        AssetDetails asset = register(own, "100.00");
        veto.arm(asset.id(), "inventory.frozen");
        assertRefused(() -> transactions.executeWithoutResult(status -> transit.send(java.util.List.of(asset.id()),
                closed.unitId(), admin, "GT-VETO", null)), null, "inventory.frozen");
        assertThat(veto.lastSeen()).isEqualTo(new AssetMovement(asset.id(), AssetAction.MOVE, own.unitId(),
                closed.unitId()));
        veto.disarm();
        AssetDetails off = SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null)));
        assertRefused(() -> transactions.executeWithoutResult(status -> transit.send(java.util.List.of(off.id()),
                closed.unitId(), admin, "GT-BAIXADO", null)), null, "asset.written-off.read-only");
        assertThat(SystemUser.callAs(admin, () -> assets.get(asset.id())).status()).isEqualTo(AssetStatus.BAIXADO);
    }

    @Test
    void editingIsNotAMovementAndIsNeverVetoed() {
        AssetDetails asset = register(own, "100.00");
        veto.arm(asset.id(), "inventory.frozen");
        AssetForm edit = AssetForm.of(asset);
        edit.setAcquisitionValue(new BigDecimal("120.00"));
        assertThat(SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), edit)).acquisitionValue())
                .isEqualByComparingTo("120.00");
    }

    @Test
    void anotherFeatureAppendsTypedHistoryInsideItsOwnTransactionOnly() {
        AssetDetails asset = register(own, "100.00");
        HistoryChanges changes = new HistoryChanges().add(HistoryField.CONSERVATION, Conservation.BOM, Conservation.RUIM);
        assertThatThrownBy(() -> historyWriter.append(asset.id(), AssetEventType.UPDATED, admin, "Inventário", changes))
                .isInstanceOf(IllegalTransactionStateException.class);
        transactions.executeWithoutResult(status ->
                historyWriter.append(asset.id(), AssetEventType.UPDATED, admin, "Inventário", changes));
        AssetHistoryEntry entry = SystemUser.callAs(admin, () -> assets.history(asset.id())).get(0);
        assertThat(entry.note()).isEqualTo("Inventário");
        assertThat(entry.actorName()).isEqualTo(admin.name());
        assertThat(entry.changes()).containsExactly(new AssetHistoryEntry.FieldChange("conservation", "BOM", "RUIM"));
    }
}
