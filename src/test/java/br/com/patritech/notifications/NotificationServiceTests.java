package br.com.patritech.notifications;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.exchange.ImportFinished;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferService;
import br.com.patritech.users.UserService;

/** Who is told what after a feature's action commits, and that each user sees and marks only their own. */
@IntegrationTest
abstract class NotificationServiceTests {

    @Autowired
    NotificationService notifications;

    @Autowired
    TransferService transfers;

    @Autowired
    AssetService assets;

    @Autowired
    UserService users;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ApplicationEventPublisher events;

    Place origin;
    Place destination;
    long category;
    AppUser admin;
    AppUser sender;
    AppUser receiver;
    AppUser outsider;

    @BeforeEach
    void setUp() {
        origin = fixtures.newUnit();
        destination = fixtures.newUnit();
        category = fixtures.newCategory("NT");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        sender = gestorOf(origin);
        receiver = gestorOf(destination);
        outsider = gestorOf(fixtures.newUnit());
    }

    AppUser gestorOf(Place place) {
        return testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_CREATE,
                Permission.ASSET_EDIT, Permission.ASSET_WRITE_OFF, Permission.ASSET_TRANSFER, Permission.USER_MANAGE));
    }

    AssetDetails register(Place place, String name) {
        return SystemUser.callAs(admin, () -> assets.create(form(category, place, name, "100.00")));
    }

    List<NotificationItem> newest(AppUser user) {
        return SystemUser.callAs(user, () -> notifications.page(0, 20));
    }

    long unread(AppUser user) {
        return SystemUser.callAs(user, () -> notifications.unreadCount());
    }

    @Test
    void aSentGuideWaitsForTheDestinationsGestorWithALinkToItAndForNobodyElse() {
        AssetDetails notebook = register(origin, "Notebook");
        TransferDetails guide = SystemUser.callAs(sender, () -> transfers.create(new NewTransfer(
                List.of(notebook.id()), destination.unitId(), "Remanejamento", null)));

        assertThat(newest(receiver)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.TRANSFER_TO_ACCEPT);
            assertThat(n.subject()).isEqualTo(guide.number());
            assertThat(n.link()).isEqualTo("transferencias/" + guide.id());
            assertThat(n.read()).isFalse();
        });
        assertThat(unread(receiver)).isEqualTo(1);
        assertThat(newest(sender)).isEmpty();
        assertThat(newest(outsider)).isEmpty();
        // The destination has a gestor who may accept: administrators are not flooded with every guide.
        assertThat(newest(admin)).noneMatch(n -> n.subject().equals(guide.number()));
    }

    @Test
    void aWriteOffIsToldToThePeopleOfTheUnitButNotToWhoeverDidIt() {
        AppUser colleague = gestorOf(origin);
        AssetDetails chair = register(origin, "Cadeira");
        SystemUser.callAs(sender, () -> assets.writeOff(chair.id(), chair.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.values()[0], null, null)));

        assertThat(newest(colleague)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSET_WRITTEN_OFF);
            assertThat(n.subject()).isEqualTo(chair.tombo());
            assertThat(n.link()).isEqualTo("bens/" + chair.id());
        });
        assertThat(newest(sender)).isEmpty();
        assertThat(newest(receiver)).isEmpty();
    }

    @Test
    void aPasswordResetAndAChangeOfUnitsAreToldToTheAccountsOwner() {
        var target = SystemUser.callAs(admin, () -> users.user(receiver.id()));
        SystemUser.callAs(admin, () -> users.resetPassword(target.id(), target.version()));
        var afterReset = SystemUser.callAs(admin, () -> users.user(receiver.id()));
        SystemUser.callAs(admin, () -> users.update(afterReset.id(), afterReset.version(), new UserService.UserForm(
                afterReset.name(), afterReset.cpf(), afterReset.email(), null, null, Role.GESTOR,
                Set.of(destination.unitId(), origin.unitId()), afterReset.permissions())));

        assertThat(newest(receiver)).extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.ACCESS_CHANGED, NotificationKind.PASSWORD_RESET);
        assertThat(newest(admin)).noneMatch(n -> n.kind() == NotificationKind.PASSWORD_RESET);
    }

    @Test
    void anImportThatEndedOutsideATransactionIsToldToWhoStartedIt() {
        events.publishEvent(new ImportFinished(42, sender.id(), "bens.csv", 10, 2));

        assertThat(newest(sender)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.IMPORT_FINISHED);
            assertThat(n.subject()).isEqualTo("bens.csv (10 / 2)");
        });
    }

    @Test
    void eachUserMarksOnlyTheirOwnAndMarkAllReadEmptiesTheCount() {
        events.publishEvent(new ImportFinished(1, sender.id(), "um.csv", 1, 0));
        events.publishEvent(new ImportFinished(2, sender.id(), "dois.csv", 2, 0));
        events.publishEvent(new ImportFinished(3, receiver.id(), "tres.csv", 3, 0));
        long othersId = newest(receiver).get(0).id();

        assertThatThrownBy(() -> SystemUser.callAs(sender, () -> {
            notifications.markRead(othersId);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(unread(receiver)).isEqualTo(1);

        long first = newest(sender).get(1).id();
        SystemUser.callAs(sender, () -> {
            notifications.markRead(first);
            return null;
        });
        assertThat(unread(sender)).isEqualTo(1);
        assertThat(newest(sender)).extracting(NotificationItem::read).containsExactly(false, true);

        assertThat(SystemUser.callAs(sender, () -> notifications.markAllRead())).isEqualTo(1);
        assertThat(unread(sender)).isZero();
        assertThat(unread(receiver)).isEqualTo(1);
    }

    @Test
    void pagesComeFromTheDatabaseNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            events.publishEvent(new ImportFinished(i, outsider.id(), "arquivo" + i + ".csv", i, 0));
        }
        List<NotificationItem> second = SystemUser.callAs(outsider, () -> notifications.page(2, 2));

        assertThat(second).extracting(NotificationItem::subject)
                .containsExactly("arquivo3.csv (3 / 0)", "arquivo2.csv (2 / 0)");
        assertThat(SystemUser.callAs(outsider, () -> notifications.count())).isEqualTo(5);
        assertThatThrownBy(() -> SystemUser.callAs(outsider, () -> notifications.page(0, 1000)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void onlyAnAdministratorPointsTheOthersAtSomethingAndOnlyOnce() {
        AppUser otherAdmin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(sender, () -> {
            notifications.tellAdministrators(NotificationKind.CAMPAIGN_TO_COUNT, "Inventário 2026", "inventario/1/contar");
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        for (int i = 0; i < 2; i++) {
            SystemUser.callAs(admin, () -> {
                notifications.tellAdministrators(NotificationKind.CAMPAIGN_TO_COUNT, "Inventário 2026",
                        "inventario/1/contar");
                return null;
            });
        }

        assertThat(newest(otherAdmin)).filteredOn(n -> n.subject().equals("Inventário 2026")).hasSize(1);
        assertThat(newest(admin)).noneMatch(n -> n.subject().equals("Inventário 2026"));
        assertThat(newest(sender)).isEmpty();
    }

    @Test
    void emailChoiceIsSavedOverTheVersionSeenAndAnOlderOneIsAConflict() {
        NotificationSettings defaults = SystemUser.callAs(sender, () -> notifications.settings());
        assertThat(defaults).isEqualTo(NotificationSettings.DEFAULTS);

        NotificationSettings saved = SystemUser.callAs(sender, () -> notifications.saveSettings(
                new NotificationSettings(false, "en", defaults.version())));
        assertThat(saved.emailEnabled()).isFalse();
        assertThat(saved.language()).isEqualTo("en");

        assertThatThrownBy(() -> SystemUser.callAs(sender, () -> notifications.saveSettings(
                new NotificationSettings(true, "pt-BR", defaults.version()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> SystemUser.callAs(sender, () -> notifications.saveSettings(
                new NotificationSettings(true, "fr", saved.version()))))
                .isInstanceOf(DomainException.class);
        assertThat(SystemUser.callAs(receiver, () -> notifications.settings())).isEqualTo(NotificationSettings.DEFAULTS);
    }
}
