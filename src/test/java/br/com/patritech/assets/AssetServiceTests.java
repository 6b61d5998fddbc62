package br.com.patritech.assets;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Permission, scope and lifecycle rules of assets; run on H2 and on PostgreSQL. */
@IntegrationTest
abstract class AssetServiceTests {

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    Place own;
    Place other;
    long category;
    AppUser admin;
    AppUser gestor;
    AppUser auditor;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        category = fixtures.newCategory("NB");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE,
                Permission.ASSET_EDIT, Permission.ASSET_TRANSFER));
        auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
    }

    private AssetDetails register(AppUser user, Place place, String name, String value) {
        return SystemUser.callAs(user, () -> assets.create(form(category, place, name, value)));
    }

    @Test
    void registrationHandsOutTheSuggestedTomboAndRecordsTheCreation() {
        String suggested = SystemUser.callAs(admin, () -> assets.suggestTombo(category, own.unitId()));
        AssetDetails asset = register(admin, own, "Notebook", "4800.00");
        assertThat(asset.tombo()).isEqualTo(suggested);
        assertThat(SystemUser.callAs(admin, () -> assets.suggestTombo(category, own.unitId()))).isNotEqualTo(suggested);
        assertThat(SystemUser.callAs(admin, () -> assets.history(asset.id())))
                .extracting(AssetHistoryEntry::type).containsExactly(AssetEventType.CREATED);
    }

    @Test
    void aTomboIsNeverReusedNotEvenAfterAWriteOff() {
        AssetDetails asset = register(admin, own, "Cadeira", "300.00");
        SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.INUTILIZACAO_ABANDONO, null, null)));
        AssetForm again = form(category, own, "Outra cadeira", "300.00");
        again.setTombo(asset.tombo());
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.create(again)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("tombo");
                    assertThat(e.getMessageKey()).isEqualTo("asset.tombo.duplicate");
                });
        assertThat(SystemUser.callAs(admin, () -> assets.suggestTombo(category, own.unitId()))).isNotEqualTo(asset.tombo());
    }

    @Test
    void aTomboTypedByHandIsSkippedByTheGenerator() {
        String suggested = SystemUser.callAs(admin, () -> assets.suggestTombo(category, own.unitId()));
        AssetForm typed = form(category, own, "Mesa", "500.00");
        typed.setTombo(suggested);
        SystemUser.callAs(admin, () -> assets.create(typed));
        AssetDetails next = register(admin, own, "Mesa 2", "500.00");
        assertThat(next.tombo()).isNotEqualTo(suggested);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        AssetForm bad = new AssetForm();
        bad.setAcquisitionValue(new BigDecimal("-1"));
        bad.setAcquisitionDate(LocalDate.now().plusDays(3));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.create(bad)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                        .extracting(DomainException.Violation::field)
                        .contains("name", "categoryId", "unitId", "acquisitionValue", "acquisitionDate"));
    }

    @Test
    void anEditWithoutAStatusIsRefusedNamingTheFieldNotSavedAsNull() {
        AssetDetails asset = register(admin, own, "Cadeira", "300.00");
        AssetForm edit = AssetForm.of(asset);
        edit.setStatus(null);
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), edit)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                        .extracting(DomainException.Violation::field).contains("status"));
    }

    @Test
    void roomMustBelongToTheUnit() {
        AssetForm wrongRoom = form(category, own, "Projetor", "2000.00");
        wrongRoom.setRoomId(other.roomA());
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.create(wrongRoom)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("roomId"));
    }

    @Test
    void gestorSeesAndChangesOnlyTheirOwnUnitsAssets() {
        AssetDetails foreign = register(admin, other, "Geladeira", "2500.00");
        AssetDetails mine = register(gestor, own, "Armário", "800.00");

        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> assets.get(foreign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> assets.update(foreign.id(), foreign.version(),
                AssetForm.of(foreign)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> assets.create(form(category, other, "X", "1.00"))))
                .isInstanceOf(AccessDeniedException.class);
        List<AssetRow> visible = SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all(), List.of(), 0, 500));
        assertThat(visible).extracting(AssetRow::unitId).containsOnly(own.unitId());
        assertThat(visible).extracting(AssetRow::id).contains(mine.id()).doesNotContain(foreign.id());
        assertThat(SystemUser.callAs(admin, () -> assets.get(foreign.id())).name()).isEqualTo("Geladeira");
    }

    @Test
    void gestorWithoutTheFlagCannotWriteOffAndIsNotOfferedTo() {
        AssetDetails mine = register(gestor, own, "Ventilador", "200.00");
        assertThat(mine.allowed().writeOff()).isFalse();
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> assets.writeOff(mine.id(), mine.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void auditorReadsEverythingAndChangesNothing() {
        AssetDetails asset = register(admin, other, "Bebedouro", "900.00");
        AssetDetails seen = SystemUser.callAs(auditor, () -> assets.get(asset.id()));
        assertThat(seen.allowed()).isEqualTo(new AssetDetails.AllowedActions(false, false, false, false));
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> assets.create(form(category, other, "X", "1.00"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(own.unitId(), null, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editRecordsEachChangedFieldAndCannotMoveTheAsset() {
        AssetDetails asset = register(admin, own, "Monitor", "900.00");
        AssetForm edit = AssetForm.of(asset);
        edit.setName("Monitor LG 24");
        edit.setAcquisitionValue(new BigDecimal("950.00"));
        AssetDetails saved = SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), edit));
        assertThat(saved.version()).isGreaterThan(asset.version());
        AssetHistoryEntry last = SystemUser.callAs(admin, () -> assets.history(asset.id())).get(0);
        assertThat(last.type()).isEqualTo(AssetEventType.UPDATED);
        assertThat(last.changes()).containsExactlyInAnyOrder(
                new AssetHistoryEntry.FieldChange("name", "Monitor", "Monitor LG 24"),
                new AssetHistoryEntry.FieldChange("acquisitionValue", "900.00", "950.00"));

        AssetForm move = AssetForm.of(saved);
        move.setRoomId(own.roomB());
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.update(saved.id(), saved.version(), move)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("asset.location.use-transfer"));
    }

    @Test
    void secondSaveOnAStaleVersionIsRefusedAndOverwritesNothing() {
        AssetDetails loaded = register(admin, own, "Impressora", "1500.00");
        AssetForm first = AssetForm.of(loaded);
        first.setName("Impressora HP");
        SystemUser.callAs(admin, () -> assets.update(loaded.id(), loaded.version(), first));
        AssetForm second = AssetForm.of(loaded);
        second.setName("Impressora Epson");
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.update(loaded.id(), loaded.version(), second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(SystemUser.callAs(admin, () -> assets.get(loaded.id())).name()).isEqualTo("Impressora HP");
    }

    @Test
    void moveToAnotherRoomIsRecordedWithFromAndTo() {
        AssetDetails asset = register(admin, own, "Projetor", "3000.00");
        AssetDetails moved = SystemUser.callAs(admin, () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(own.unitId(), own.roomB(), "Mudança de sala")));
        assertThat(moved.unitId()).isEqualTo(own.unitId());
        assertThat(moved.roomId()).isEqualTo(own.roomB());
        AssetHistoryEntry entry = SystemUser.callAs(admin, () -> assets.history(asset.id())).get(0);
        assertThat(entry.type()).isEqualTo(AssetEventType.TRANSFERRED);
        assertThat(entry.note()).isEqualTo("Mudança de sala");
        assertThat(entry.changes()).containsExactly(new AssetHistoryEntry.FieldChange("room", "Sala A", "Sala B"));
    }

    @Test
    void oneStepMoveToAnotherUnitIsRefusedPointingToTheTransferGuide() {
        AssetDetails asset = register(admin, own, "Projetor", "3000.00");
        for (AppUser user : List.of(admin, gestor)) {
            assertThatThrownBy(() -> SystemUser.callAs(user, () -> assets.transfer(asset.id(), asset.version(),
                    new MoveRequest(other.unitId(), other.roomB(), null))))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.getField()).isEqualTo("unitId");
                        assertThat(e.getMessageKey()).isEqualTo("asset.transfer.other-unit-needs-guide");
                    });
        }
        AssetDetails after = SystemUser.callAs(admin, () -> assets.get(asset.id()));
        assertThat(after.unitId()).isEqualTo(own.unitId());
        assertThat(after.version()).isEqualTo(asset.version());
    }

    @Test
    void writeOffDateCannotBeInTheFutureNorBeforeAcquisition() {
        AssetDetails asset = register(admin, own, "Notebook", "4000.00");
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now().plusDays(1), WriteOffReason.VENDA, null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessageKey()).isEqualTo("writeoff.date.future"));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(asset.acquisitionDate().minusDays(1), null, null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                        .extracting(DomainException.Violation::messageKey)
                        .contains("writeoff.date.before-acquisition", "validation.required"));
    }

    @Test
    void writtenOffAssetIsReadOnlyLeavesActiveTotalsAndOnlyAnAdminRevertsIt() {
        AssetDetails asset = register(admin, own, "Autoclave", "12000.00");
        AssetFilter unit = AssetFilter.all().withUnit(own.unitId());
        assertThat(SystemUser.callAs(admin, () -> assets.totals(unit)).activeValue()).isEqualByComparingTo("12000.00");

        AssetDetails off = SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.FURTO_ROUBO, "23000.1/2026", "BO 123")));
        assertThat(off.writtenOff()).isTrue();
        assertThat(off.writeOff().reason()).isEqualTo(WriteOffReason.FURTO_ROUBO);
        assertThat(off.allowed().edit()).isFalse();
        assertThat(SystemUser.callAs(admin, () -> assets.totals(unit)))
                .satisfies(t -> assertThat(t.activeValue()).isEqualByComparingTo("0"))
                .satisfies(t -> assertThat(t.count()).isEqualTo(1));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.update(off.id(), off.version(), AssetForm.of(off))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("asset.written-off.read-only"));

        AppUser writeOffGestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.allOf(Permission.class));
        assertThatThrownBy(() -> SystemUser.callAs(writeOffGestor, () -> assets.revertWriteOff(off.id(), off.version(),
                "Bem foi encontrado no depósito"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> assets.revertWriteOff(off.id(), off.version(), "curto")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("justification"));
        AssetDetails back = SystemUser.callAs(admin, () -> assets.revertWriteOff(off.id(), off.version(),
                "Bem foi encontrado no depósito"));
        assertThat(back.status()).isEqualTo(AssetStatus.ATIVO);
        assertThat(SystemUser.callAs(admin, () -> assets.history(asset.id()))).extracting(AssetHistoryEntry::type)
                .containsExactly(AssetEventType.WRITE_OFF_REVERTED, AssetEventType.WRITTEN_OFF, AssetEventType.CREATED);
    }

    @Test
    void searchMatchesTomboNameOrSerialAnywhereIgnoringCase() {
        AssetForm withSerial = form(category, own, "Switch TP-Link 24 portas", "700.00");
        withSerial.setSerialNumber("ABC-99_X");
        AssetDetails asset = SystemUser.callAs(admin, () -> assets.create(withSerial));
        AssetFilter unit = AssetFilter.all().withUnit(own.unitId());
        assertThat(find(unit.withSearch("tp-link"))).containsExactly(asset.id());
        assertThat(find(unit.withSearch("99_x"))).containsExactly(asset.id());
        assertThat(find(unit.withSearch(asset.tombo().substring(2)))).containsExactly(asset.id());
        assertThat(find(unit.withSearch("9%x"))).isEmpty();
        assertThat(find(unit.withStatus(AssetStatus.BAIXADO))).isEmpty();
    }

    private List<Long> find(AssetFilter filter) {
        return SystemUser.callAs(admin, () -> assets.find(filter, List.of(new AssetSort(AssetSortKey.TOMBO, true)), 0, 50))
                .stream().map(AssetRow::id).toList();
    }
}
