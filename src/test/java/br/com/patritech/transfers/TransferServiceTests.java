package br.com.patritech.transfers;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetLeftUnit;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.custody.CustodyFixtures;
import br.com.patritech.custody.CustodyReads;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Who may send, accept, refuse and cancel a guide, and what happens to its assets; on H2 and PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
abstract class TransferServiceTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransferService transfers;

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    CustodyService custody;

    @Autowired
    CustodyReads custodyReads;

    @Autowired
    CustodyFixtures people;

    Place origin;
    Place destination;
    Place third;
    long category;
    AppUser admin;
    AppUser sender;
    AppUser receiver;
    AppUser auditor;

    @BeforeEach
    void setUp() {
        origin = fixtures.newUnit();
        destination = fixtures.newUnit();
        third = fixtures.newUnit();
        category = fixtures.newCategory("TR");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        sender = gestorOf(origin);
        receiver = gestorOf(destination);
        auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
    }

    AppUser gestorOf(Place place) {
        return testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_CREATE,
                Permission.ASSET_EDIT, Permission.ASSET_WRITE_OFF, Permission.ASSET_TRANSFER));
    }

    AssetDetails register(Place place, String name, String value) {
        return SystemUser.callAs(admin, () -> assets.create(form(category, place, name, value)));
    }

    TransferDetails send(AppUser user, Place to, AssetDetails... sent) {
        return SystemUser.callAs(user, () -> transfers.create(new NewTransfer(
                List.of(sent).stream().map(AssetDetails::id).toList(), to.unitId(), "Remanejamento", "Nota")));
    }

    AssetDetails asset(long id) {
        return SystemUser.callAs(admin, () -> assets.get(id));
    }

    @Test
    void sendingPutsTheAssetsInTransitUntilTheDestinationAcceptsThenTheyMove() {
        AssetDetails notebook = register(origin, "Notebook", "4800.10");
        AssetDetails chair = register(origin, "Cadeira", "300.05");
        TransferDetails guide = send(sender, destination, notebook, chair);

        assertThat(guide.number()).matches("GT-" + LocalDate.now().getYear() + "-\\d{6}");
        assertThat(guide.status()).isEqualTo(TransferStatus.PENDENTE);
        assertThat(guide.items()).extracting(TransferDetails.Item::tombo)
                .containsExactly(notebook.tombo(), chair.tombo());
        assertThat(guide.totalValue()).isEqualByComparingTo("5100.15");
        assertThat(guide.allowed()).isEqualTo(new TransferDetails.Allowed(false, false, true));
        assertThat(asset(notebook.id()).status()).isEqualTo(AssetStatus.EM_TRANSITO);
        assertThat(asset(notebook.id()).unitId()).isEqualTo(origin.unitId());

        TransferDetails seen = SystemUser.callAs(receiver, () -> transfers.get(guide.id()));
        assertThat(seen.allowed()).isEqualTo(new TransferDetails.Allowed(true, true, false));
        TransferDetails accepted = SystemUser.callAs(receiver, () -> transfers.accept(guide.id(), seen.version(),
                new AcceptTransfer(destination.roomB())));

        assertThat(accepted.status()).isEqualTo(TransferStatus.ACEITA);
        assertThat(events.stream(AssetLeftUnit.class).filter(e -> e.assetId() == notebook.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.fromUnitId()).isEqualTo(origin.unitId());
                    assertThat(e.toUnitId()).isEqualTo(destination.unitId());
                });
        assertThat(accepted.decidedBy()).isEqualTo(receiver.name());
        assertThat(accepted.destinationRoom()).isEqualTo("Sala B");
        AssetDetails arrived = asset(notebook.id());
        assertThat(arrived.unitId()).isEqualTo(destination.unitId());
        assertThat(arrived.roomId()).isEqualTo(destination.roomB());
        assertThat(arrived.status()).isEqualTo(AssetStatus.ATIVO);
        List<AssetHistoryEntry> history = SystemUser.callAs(receiver, () -> assets.history(notebook.id()));
        assertThat(history).extracting(AssetHistoryEntry::type).containsExactly(AssetEventType.TRANSFER_ACCEPTED,
                AssetEventType.TRANSFER_SENT, AssetEventType.CREATED);
        assertThat(history.get(0).actorName()).isEqualTo(receiver.name());
        assertThat(history.get(1).actorName()).isEqualTo(sender.name());
        assertThat(history.get(0).changes()).contains(
                new AssetHistoryEntry.FieldChange("transferGuide", null, guide.number()),
                new AssetHistoryEntry.FieldChange("room", "Sala A", "Sala B"));
    }

    @Test
    void acceptanceEndsTheCustodyInTheOriginAndMayNameTheResponsibleInTheDestination() {
        AssetDetails notebook = register(origin, "Notebook", "4800.10");
        PersonSummary teacher = people.person(origin.unitId(), "Ana da Origem");
        PersonSummary nurse = people.person(destination.unitId(), "Bia do Destino");
        SystemUser.callAs(admin, () -> custody.assign(Set.of(notebook.id()), teacher.id()));
        TransferDetails guide = send(sender, destination, notebook);

        TransferDetails seen = SystemUser.callAs(receiver, () -> transfers.get(guide.id()));
        SystemUser.callAs(receiver, () -> transfers.accept(guide.id(), seen.version(),
                new AcceptTransfer(destination.roomA(), nurse.id())));

        CustodyReads.AssetCustody now = SystemUser.callAs(receiver, () -> custodyReads.ofAsset(notebook.id()))
                .orElseThrow();
        assertThat(now.personId()).isEqualTo(nurse.id());
        assertThat(now.pending()).isTrue();
        List<AssetHistoryEntry> history = SystemUser.callAs(receiver, () -> assets.history(notebook.id()));
        assertThat(history).extracting(AssetHistoryEntry::type).startsWith(AssetEventType.CUSTODY_ASSIGNED)
                .contains(AssetEventType.TRANSFER_ACCEPTED, AssetEventType.TRANSFER_SENT);
    }

    @Test
    void aResponsibleFromAnotherUnitRollsTheWholeAcceptanceBack() {
        AssetDetails notebook = register(origin, "Notebook", "4800.10");
        PersonSummary elsewhere = people.person(third.unitId(), "Caio de Outra");
        TransferDetails guide = send(sender, destination, notebook);

        TransferDetails seen = SystemUser.callAs(admin, () -> transfers.get(guide.id()));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> transfers.accept(guide.id(), seen.version(),
                new AcceptTransfer(null, elsewhere.id())))).isInstanceOf(DomainException.class);

        assertThat(SystemUser.callAs(admin, () -> transfers.get(guide.id())).status()).isEqualTo(TransferStatus.PENDENTE);
        assertThat(asset(notebook.id()).status()).isEqualTo(AssetStatus.EM_TRANSITO);
        assertThat(asset(notebook.id()).unitId()).isEqualTo(origin.unitId());
    }

    @Test
    void refusalAndCancellationLeaveTheAssetsWhereTheyWereInTheirFormerState() {
        AssetDetails inRepair = register(origin, "Impressora", "900.00");
        AssetForm repair = AssetForm.of(inRepair);
        repair.setStatus(AssetStatus.EM_MANUTENCAO);
        AssetDetails repairing = SystemUser.callAs(admin, () -> assets.update(inRepair.id(), inRepair.version(), repair));
        TransferDetails refusedGuide = send(sender, destination, repairing);
        assertThatThrownBy(() -> SystemUser.callAs(receiver, () -> transfers.refuse(refusedGuide.id(),
                refusedGuide.version(), new RefuseTransfer(" ")))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getField()).isEqualTo("reason"));
        TransferDetails refused = SystemUser.callAs(receiver, () -> transfers.refuse(refusedGuide.id(),
                refusedGuide.version(), new RefuseTransfer("Sem espaço")));
        assertThat(refused.status()).isEqualTo(TransferStatus.RECUSADA);
        assertThat(events.stream(AssetLeftUnit.class)).isEmpty();
        assertThat(refused.refusalReason()).isEqualTo("Sem espaço");
        assertThat(asset(repairing.id()).status()).isEqualTo(AssetStatus.EM_MANUTENCAO);
        assertThat(asset(repairing.id()).unitId()).isEqualTo(origin.unitId());

        TransferDetails again = send(sender, destination, asset(repairing.id()));
        TransferDetails cancelled = SystemUser.callAs(sender, () -> transfers.cancel(again.id(), again.version()));
        assertThat(cancelled.status()).isEqualTo(TransferStatus.CANCELADA);
        assertThat(asset(repairing.id()).status()).isEqualTo(AssetStatus.EM_MANUTENCAO);
        assertThat(SystemUser.callAs(sender, () -> assets.history(repairing.id()))).extracting(AssetHistoryEntry::type)
                .startsWith(AssetEventType.TRANSFER_CANCELLED, AssetEventType.TRANSFER_SENT,
                        AssetEventType.TRANSFER_REFUSED, AssetEventType.TRANSFER_SENT);
        assertThat(refused.number()).isNotEqualTo(again.number());
    }

    @Test
    void aGestorSendsOnlyFromAndAcceptsOnlyIntoTheirOwnUnits() {
        AssetDetails foreign = register(third, "Mesa", "100.00");
        assertThatThrownBy(() -> send(sender, destination, foreign)).isInstanceOf(NotFoundException.class);
        AppUser thirdReader = testUsers.principal(Role.GESTOR, Set.of(third.unitId()), EnumSet.of(Permission.ASSET_EDIT));
        assertThatThrownBy(() -> send(thirdReader, destination, foreign)).isInstanceOf(AccessDeniedException.class);

        TransferDetails guide = send(sender, destination, register(origin, "Armário", "700.00"));
        AppUser stranger = gestorOf(third);
        assertThatThrownBy(() -> SystemUser.callAs(stranger, () -> transfers.get(guide.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(stranger, () -> transfers.accept(guide.id(), guide.version(),
                new AcceptTransfer(null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(sender, () -> transfers.accept(guide.id(), guide.version(),
                new AcceptTransfer(null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(receiver, () -> transfers.cancel(guide.id(), guide.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(receiver, () -> transfers.accept(guide.id(), guide.version(),
                new AcceptTransfer(origin.roomA())))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getField()).isEqualTo("roomId"));
        assertThat(SystemUser.callAs(receiver, () -> transfers.get(guide.id())).status())
                .isEqualTo(TransferStatus.PENDENTE);
    }

    @Test
    void anAuditorReadsEveryGuideAndChangesNothing() {
        AssetDetails asset = register(origin, "Projetor", "2500.00");
        assertThatThrownBy(() -> send(auditor, destination, asset)).isInstanceOf(AccessDeniedException.class);
        TransferDetails guide = send(admin, destination, asset);
        TransferDetails seen = SystemUser.callAs(auditor, () -> transfers.get(guide.id()));
        assertThat(seen.allowed()).isEqualTo(new TransferDetails.Allowed(false, false, false));
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> transfers.accept(guide.id(), guide.version(),
                new AcceptTransfer(null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> transfers.cancel(guide.id(), guide.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemUser.callAs(auditor, () -> transfers.count(TransferDirection.INCOMING,
                destination.unitId()))).isEqualTo(1);
    }

    @Test
    void assetsOfAPendingGuideCannotBeEditedMovedWrittenOffOrSentAgain() {
        AssetDetails asset = register(origin, "Geladeira", "1800.00");
        send(sender, destination, asset);
        AssetDetails inTransit = asset(asset.id());
        assertThat(inTransit.allowed()).isEqualTo(new AssetDetails.AllowedActions(false, false, false, false));
        AssetForm edit = AssetForm.of(inTransit);
        edit.setName("Outra");
        assertLocked(() -> SystemUser.callAs(sender, () -> assets.update(asset.id(), inTransit.version(), edit)));
        assertLocked(() -> SystemUser.callAs(sender, () -> assets.transfer(asset.id(), inTransit.version(),
                new MoveRequest(origin.unitId(), origin.roomB(), null))));
        assertLocked(() -> SystemUser.callAs(sender, () -> assets.writeOff(asset.id(), inTransit.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null))));
        assertLocked(() -> send(sender, third, inTransit));
    }

    @Test
    void aGuideNeedsOneOriginAnotherActiveDestinationAndAReason() {
        AssetDetails here = register(origin, "Bem A", "10.00");
        AssetDetails there = register(third, "Bem B", "10.00");
        assertRefused(() -> send(admin, destination, here, there), "assetIds", "transfer.assets.one-origin");
        assertRefused(() -> send(admin, origin, here), "destinationUnitId", "transfer.destination.same-unit");
        assertRefused(() -> SystemUser.callAs(admin, () -> transfers.create(new NewTransfer(List.of(), null, "", null))),
                "assetIds", "transfer.assets.required");
        assertThat(asset(here.id()).status()).isEqualTo(AssetStatus.ATIVO);
    }

    @Test
    void aDecidedGuideCannotBeDecidedAgainAndAStaleVersionIsRefused() {
        TransferDetails guide = send(sender, destination, register(origin, "Cofre", "50.00"));
        SystemUser.callAs(receiver, () -> transfers.accept(guide.id(), guide.version(), new AcceptTransfer(null)));
        assertThatThrownBy(() -> SystemUser.callAs(sender, () -> transfers.cancel(guide.id(), guide.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long now = SystemUser.callAs(sender, () -> transfers.get(guide.id())).version();
        assertRefused(() -> SystemUser.callAs(sender, () -> transfers.cancel(guide.id(), now)), null,
                "transfer.already-decided");
    }

    @Test
    void eachUnitSeesItsIncomingAndOutgoingGuidesPendingFirstAndTheWaitingCount() {
        TransferDetails first = send(sender, destination, register(origin, "Bem 1", "1.00"));
        TransferDetails second = send(sender, destination, register(origin, "Bem 2", "2.00"));
        TransferDetails latest = send(sender, destination, register(origin, "Bem 3", "3.00"));
        // The newest guide is the decided one: by date alone it would come first; pending ones must come before it.
        SystemUser.callAs(receiver, () -> transfers.refuse(latest.id(), latest.version(), new RefuseTransfer("Não")));

        List<TransferRow> incoming = SystemUser.callAs(receiver, () -> transfers.find(TransferDirection.INCOMING,
                null, 0, 10));
        assertThat(incoming).extracting(TransferRow::id).containsExactly(second.id(), first.id(), latest.id());
        assertThat(incoming).extracting(TransferRow::status).containsExactly(TransferStatus.PENDENTE,
                TransferStatus.PENDENTE, TransferStatus.RECUSADA);
        assertThat(incoming.get(0).totalValue()).isEqualByComparingTo("2.00");
        assertThat(SystemUser.callAs(receiver, () -> transfers.find(TransferDirection.OUTGOING, null, 0, 10))).isEmpty();
        assertThat(SystemUser.callAs(sender, () -> transfers.find(TransferDirection.OUTGOING, null, 1, 2)))
                .extracting(TransferRow::id).containsExactly(first.id(), latest.id());
        assertThat(SystemUser.callAs(sender, () -> transfers.count(TransferDirection.OUTGOING, null))).isEqualTo(3);
        assertThat(SystemUser.callAs(receiver, () -> transfers.waitingForMe())).isEqualTo(2);
        assertThat(SystemUser.callAs(sender, () -> transfers.waitingForMe())).isZero();
        assertThat(SystemUser.callAs(auditor, () -> transfers.waitingForMe())).isZero();
    }

    static void assertLocked(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("asset.in-transit.locked"));
    }

    static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }
}
