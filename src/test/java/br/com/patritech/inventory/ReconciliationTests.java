package br.com.patritech.inventory;

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
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.inventory.InventoryFixtures.World;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** The reconciliation actions, their scoping and the freeze around them; run on H2 and on PostgreSQL. */
@IntegrationTest
abstract class ReconciliationTests {

    @Autowired
    InventoryFixtures fixtures;

    @Autowired
    AssetFixtures assetFixtures;

    @Autowired
    InventoryService inventory;

    @Autowired
    CountingService counting;

    @Autowired
    ReconciliationService reconciliation;

    @Autowired
    AssetService assets;

    @Autowired
    TestUsers testUsers;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    @Test
    void aMisplacedAssetMovesToTheRoomWhereItWasFoundWhileTheFreezeStillRefusesOtherMoves() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        read(w.gestor(), campaign, w.own().roomA(), w.inB().tombo());
        List<MisplacedItem> before = as(w.gestor(), () -> reconciliation.misplaced(campaign.id(), 0, 50));
        assertThat(before).singleElement().satisfies(item -> {
            assertThat(item.tombo()).isEqualTo(w.inB().tombo());
            assertThat(item.roomName()).isEqualTo("Sala B");
            assertThat(item.foundRoomName()).isEqualTo("Sala A");
            assertThat(item.pending()).isTrue();
        });

        Reconciled done = as(w.gestor(), () -> reconciliation.moveMisplaced(campaign.id(), w.inB().id(),
                before.get(0).assetVersion()));

        assertThat(done.roomMoved()).isTrue();
        assertThat(as(w.gestor(), () -> assets.get(w.inB().id())).roomId()).isEqualTo(w.own().roomA());
        AssetHistoryEntry last = lastEntry(w.inB().id());
        assertThat(last.type()).isEqualTo(AssetEventType.TRANSFERRED);
        assertThat(last.note()).isEqualTo(campaign.name());
        assertThat(as(w.gestor(), () -> reconciliation.misplaced(campaign.id(), 0, 50)))
                .singleElement().satisfies(item -> assertThat(item.pending()).isFalse());
        // the exemption covered that one action only: the campaign still freezes every other move
        var inA = as(w.gestor(), () -> assets.get(w.inA().id()));
        assertThatThrownBy(() -> as(w.gestor(), () -> assets.transfer(inA.id(), inA.version(),
                new MoveRequest(w.own().unitId(), w.own().roomB(), null))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("inventory.freeze"));
    }

    @Test
    void aMisplacedAssetOfAnotherCountedUnitGoesThereByATransferGuideWithTheCampaignAsReason() {
        CampaignSummary campaign = as(w.admin(), () -> inventory.open(new CampaignForm("Inventário geral",
                Set.of(w.own().unitId(), w.other().unitId()), LocalDate.now(), null, Set.of(w.admin().id()))));
        read(w.admin(), campaign, w.own().roomA(), w.elsewhere().tombo());

        Reconciled done = as(w.admin(), () -> reconciliation.moveMisplaced(campaign.id(), w.elsewhere().id(),
                w.elsewhere().version()));

        assertThat(done.roomMoved()).isFalse();
        assertThat(done.guideNumber()).isNotBlank();
        assertThat(as(w.admin(), () -> assets.get(w.elsewhere().id())).status()).isEqualTo(AssetStatus.EM_TRANSITO);
        assertThat(lastEntry(w.elsewhere().id()).type()).isEqualTo(AssetEventType.TRANSFER_SENT);
        assertThat(lastEntry(w.elsewhere().id()).note()).isEqualTo("Inventário geral");
        // the gestor of the first unit sees neither the asset of the other unit nor may move it
        assertThat(as(w.gestor(), () -> reconciliation.misplaced(campaign.id(), 0, 50))).isEmpty();
        assertThatThrownBy(() -> as(w.gestor(), () -> reconciliation.moveMisplaced(campaign.id(), w.elsewhere().id(),
                w.elsewhere().version()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void missingAssetsBecomeNotLocatedStayInTheTotalsAndTheFilterAndAreFoundByALaterRead() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        read(w.gestor(), campaign, w.own().roomA(), w.inA().tombo());
        AssetFilter ownUnit = AssetFilter.all().withUnit(w.own().unitId());
        var totalsBefore = as(w.gestor(), () -> assets.totals(ownUnit));
        List<MissingItem> missing = as(w.gestor(), () -> reconciliation.missing(campaign.id(), 0, 50));
        assertThat(missing).extracting(MissingItem::tombo).containsExactly(w.inB().tombo());

        as(w.gestor(), () -> {
            reconciliation.markNotLocated(campaign.id(), w.inB().id(), missing.get(0).assetVersion());
            return null;
        });

        var marked = as(w.gestor(), () -> assets.get(w.inB().id()));
        assertThat(marked.status()).isEqualTo(AssetStatus.NAO_LOCALIZADO);
        assertThat(lastEntry(w.inB().id()).type()).isEqualTo(AssetEventType.MARKED_NOT_LOCATED);
        assertThat(as(w.gestor(), () -> assets.find(ownUnit.withStatus(AssetStatus.NAO_LOCALIZADO), List.of(), 0, 50)))
                .extracting(r -> r.tombo()).containsExactly(w.inB().tombo());
        assertThat(as(w.gestor(), () -> assets.totals(ownUnit))).as("still patrimony").isEqualTo(totalsBefore);
        assertThat(as(w.gestor(), () -> assets.totals(ownUnit.withStatus(AssetStatus.NAO_LOCALIZADO))).activeValue())
                .isEqualByComparingTo(new BigDecimal("120.50"));
        assertThat(as(w.gestor(), () -> reconciliation.missing(campaign.id(), 0, 50)))
                .singleElement().satisfies(item -> assertThat(item.markable()).isFalse());
        assertThatThrownBy(() -> as(w.gestor(), () -> {
            reconciliation.markNotLocated(campaign.id(), w.inB().id(), marked.version());
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("asset.not-located.already"));

        CampaignSummary current = as(w.gestor(), () -> inventory.get(campaign.id()));
        as(w.gestor(), () -> inventory.close(current.id(), current.version()));
        CampaignSummary next = fixtures.open(w.gestor(), w.own(), w.gestor());
        ReadAnswer found = read(w.gestor(), next, w.own().roomB(), w.inB().tombo());

        assertThat(found.result()).isEqualTo(ReadResult.FOUND);
        assertThat(as(w.gestor(), () -> assets.get(w.inB().id())).status()).isEqualTo(AssetStatus.ATIVO);
        assertThat(lastEntry(w.inB().id()).type()).isEqualTo(AssetEventType.LOCATED);
        assertThat(as(w.gestor(), () -> assets.totals(ownUnit))).isEqualTo(totalsBefore);
    }

    /** The missing list is read place by place: every page is its slice of one order, whatever rooms it spans. */
    @Test
    void theMissingListPagesByUnitRoomAndTomboAcrossRoomsUnitsAndAssetsWithoutARoom() {
        long category = assetFixtures.newCategory("PAG");
        for (var place : List.of(w.own(), w.other())) {
            for (String room : List.of("B", "A", "B", "-", "A", "B")) {
                var form = AssetFixtures.form(category, place, "Item " + room, "10.00");
                form.setRoomId(switch (room) {
                    case "A" -> place.roomA();
                    case "B" -> place.roomB();
                    default -> null;
                });
                as(w.admin(), () -> assets.create(form));
            }
        }
        CampaignSummary campaign = as(w.admin(), () -> inventory.open(new CampaignForm("Inventário paginado",
                Set.of(w.own().unitId(), w.other().unitId()), LocalDate.now(), null, Set.of(w.admin().id()))));
        read(w.admin(), campaign, w.own().roomA(), w.inB().tombo());

        List<MissingItem> all = as(w.admin(), () -> reconciliation.missing(campaign.id(), 0, 500));

        assertThat(all).as("3 of the world and 12 more, less the one read").hasSize(14)
                .extracting(MissingItem::tombo).doesNotContain(w.inB().tombo()).doesNotHaveDuplicates();
        assertThat(all.stream().filter(i -> i.roomName() != null).toList())
                .as("by unit code, room name and tombo").isSortedAccordingTo(java.util.Comparator
                        .comparing(MissingItem::unitCode).thenComparing(MissingItem::roomName)
                        .thenComparing(MissingItem::tombo));
        assertThat(all.stream().filter(i -> i.roomName() == null).count()).isEqualTo(2);
        for (int limit : List.of(1, 2, 5)) {
            for (int offset = 0; offset <= all.size(); offset++) {
                int from = offset;
                assertThat(as(w.admin(), () -> reconciliation.missing(campaign.id(), from, limit)))
                        .as("offset %d, limit %d", offset, limit)
                        .isEqualTo(all.subList(from, Math.min(all.size(), from + limit)));
            }
        }
        assertThat(as(w.gestor(), () -> reconciliation.missing(campaign.id(), 0, 500)))
                .as("the gestor sees the missing of their unit only").extracting(MissingItem::unitCode)
                .containsOnly(w.own().unitCode()).hasSize(7);
    }

    @Test
    void notLocatedIsUndoneExplicitlyOnlyByWhoManagesTheUnitsInventory() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        as(w.gestor(), () -> {
            reconciliation.markNotLocated(campaign.id(), w.inA().id(), w.inA().version());
            return null;
        });
        var marked = as(w.gestor(), () -> assets.get(w.inA().id()));
        AppUser editor = testUsers.principal(Role.GESTOR, Set.of(w.own().unitId()), EnumSet.of(Permission.ASSET_EDIT));
        assertThatThrownBy(() -> as(editor, () -> {
            reconciliation.locate(marked.id(), marked.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        AppUser stranger = testUsers.principal(Role.GESTOR, Set.of(w.other().unitId()),
                EnumSet.of(Permission.INVENTORY_MANAGE));
        assertThatThrownBy(() -> as(stranger, () -> {
            reconciliation.locate(marked.id(), marked.version());
            return null;
        })).isInstanceOf(NotFoundException.class);

        as(w.gestor(), () -> {
            reconciliation.locate(marked.id(), marked.version());
            return null;
        });

        assertThat(as(w.gestor(), () -> assets.get(w.inA().id())).status()).isEqualTo(AssetStatus.ATIVO);
        assertThat(lastEntry(w.inA().id()).type()).isEqualTo(AssetEventType.LOCATED);
    }

    @Test
    void onlyWhoManagesTheInventoryOfTheUnitReconcilesIt() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        read(w.gestor(), campaign, w.own().roomA(), w.inB().tombo());
        AppUser counter = testUsers.principal(Role.GESTOR, Set.of(w.own().unitId()),
                EnumSet.of(Permission.ASSET_EDIT, Permission.ASSET_TRANSFER));
        assertThatThrownBy(() -> as(counter, () -> reconciliation.moveMisplaced(campaign.id(), w.inB().id(),
                w.inB().version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(w.auditor(), () -> {
            reconciliation.markNotLocated(campaign.id(), w.inA().id(), w.inA().version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as(w.auditor(), () -> reconciliation.misplaced(campaign.id(), 0, 50))).hasSize(1);
        CampaignSummary otherCampaign = fixtures.open(w.admin(), w.other(), w.admin());
        assertThatThrownBy(() -> as(w.gestor(), () -> reconciliation.missing(otherCampaign.id(), 0, 50)))
                .isInstanceOf(NotFoundException.class);
        // an asset that was read is not missing, one that was not misplaced is not moved
        assertThatThrownBy(() -> as(w.gestor(), () -> reconciliation.moveMisplaced(campaign.id(), w.inA().id(),
                w.inA().version()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(w.gestor(), () -> {
            reconciliation.markNotLocated(campaign.id(), w.inB().id(), w.inB().version());
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownItemIsRegisteredFromAPrefilledFormOnce() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        as(w.gestor(), () -> {
            counting.noteUnknown(campaign.id(), w.own().roomB(), "Armário de aço cinza");
            return null;
        });
        UnknownItem item = as(w.gestor(), () -> reconciliation.unknown(campaign.id())).get(0);
        assertThat(item.registered()).isFalse();
        AppUser registrar = testUsers.principal(Role.GESTOR, Set.of(w.own().unitId()),
                EnumSet.of(Permission.INVENTORY_MANAGE, Permission.ASSET_CREATE));

        var draft = as(registrar, () -> reconciliation.draftFor(campaign.id(), item.id()));
        assertThat(draft.getName()).isEqualTo("Armário de aço cinza");
        assertThat(draft.getUnitId()).isEqualTo(w.own().unitId());
        assertThat(draft.getRoomId()).isEqualTo(w.own().roomB());
        draft.setCategoryId(assetFixtures.newCategory("ARM"));
        draft.setAcquisitionValue(new BigDecimal("350.00"));
        draft.setAcquisitionDate(LocalDate.now().minusDays(1));
        var created = as(registrar, () -> reconciliation.registerUnknown(campaign.id(), item.id(), draft));

        assertThat(created.roomId()).isEqualTo(w.own().roomB());
        assertThat(as(registrar, () -> reconciliation.unknown(campaign.id())).get(0).registeredAssetId())
                .isEqualTo(created.id());
        assertThatThrownBy(() -> as(registrar, () -> reconciliation.registerUnknown(campaign.id(), item.id(), draft)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("inventory.unknown.already-registered"));
        assertThatThrownBy(() -> as(w.gestor(), () -> reconciliation.registerUnknown(campaign.id(), item.id(), draft)))
                .as("the gestor may not register assets").isInstanceOf(RuntimeException.class);
    }

    private ReadAnswer read(AppUser user, CampaignSummary campaign, long room, String tombo) {
        return as(user, () -> counting.read(campaign.id(), room, tombo));
    }

    private AssetHistoryEntry lastEntry(long assetId) {
        List<AssetHistoryEntry> history = as(w.admin(), () -> assets.history(assetId));
        return history.stream().max(java.util.Comparator.comparing(AssetHistoryEntry::occurredAt)
                .thenComparing(AssetHistoryEntry::id)).orElseThrow();
    }

    private static <T> T as(AppUser user, java.util.function.Supplier<T> work) {
        return SystemUser.callAs(user, work);
    }
}
