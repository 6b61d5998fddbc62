package br.com.patritech.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.exchange.ImportFinished;
import br.com.patritech.notifications.NotificationService;
import br.com.patritech.notifications.NotificationSettings;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferService;

/** The bell as the receiver of a guide and as someone else see it; following a notification; the settings screen. */
class NotificationBellTest extends KaribuTest {

    @Autowired
    AssetService assets;

    @Autowired
    TransferService transfers;

    @Autowired
    NotificationService notifications;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    ApplicationEventPublisher events;

    Place origin;
    Place destination;
    AppUser sender;
    AppUser receiver;
    TransferDetails guide;

    @BeforeEach
    void setUp() {
        origin = fixtures.newUnit();
        destination = fixtures.newUnit();
        long category = fixtures.newCategory("NB");
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        sender = gestor(origin);
        receiver = gestor(destination);
        AssetDetails asset = SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, origin,
                "Projetor", "900.00")));
        guide = SystemUser.callAs(sender, () -> transfers.create(new NewTransfer(List.of(asset.id()),
                destination.unitId(), "Remanejamento", null)));
    }

    private AppUser gestor(Place place) {
        return testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_TRANSFER));
    }

    private Button bell() {
        return _get(Button.class, spec -> spec.withId("notification-bell"));
    }

    private Span badge() {
        return _get(Span.class, spec -> spec.withId("notification-count"));
    }

    @Test
    void theReceiverSeesTheGuideOnTheBellAndFollowsItToTheGuide() {
        events.publishEvent(new ImportFinished(5, receiver.id(), "moveis.csv", 3, 0));
        login(receiver);
        UI.getCurrent().navigate("bens");
        assertThat(badge().isVisible()).isTrue();
        assertThat(badge().getText()).isEqualTo("2");

        _get(Popover.class).setOpened(true);
        Button entry = _find(Button.class, spec -> spec.withClasses("notification-unread")).stream()
                .filter(b -> b.getElement().getTextRecursively().startsWith("Guia de transferência " + guide.number()
                        + " aguarda o seu aceite"))
                .findFirst().orElseThrow();
        assertThat(entry.getClassNames()).contains("notification-unread");
        _click(entry);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("transferencias/" + guide.id());
        assertThat(badge().getText()).isEqualTo("1");

        _get(Popover.class).setOpened(true);
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty(); // hidden at zero
        assertThat(bell().getAriaLabel()).contains("Notificações (0 não lidas)");
        assertThat(SystemUser.callAs(receiver, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void someoneElseSeesNoneOfIt() {
        login(sender);
        UI.getCurrent().navigate("bens");
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty();
        assertThat(bell().getAriaLabel()).contains("Notificações (0 não lidas)");
        _get(Popover.class).setOpened(true);
        assertThat(_find(Span.class, spec -> spec.withId("notifications-none"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUserTurnsEmailOffAndChoosesEnglishOnTheNotificationsScreen() {
        login(receiver);
        UI.getCurrent().navigate("notificacoes");
        _get(Checkbox.class, spec -> spec.withId("notification-email")).setValue(false);
        _get(Select.class, spec -> spec.withId("notification-language")).setValue("en");
        _click(_get(Button.class, spec -> spec.withId("notification-settings-save")));

        NotificationSettings saved = SystemUser.callAs(receiver, () -> notifications.settings());
        assertThat(saved.emailEnabled()).isFalse();
        assertThat(saved.language()).isEqualTo("en");
    }
}
