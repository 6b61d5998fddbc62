package br.com.patritech.operations.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import br.com.patritech.operations.NewVersion;

/**
 * Tells every open screen of this instance that a new version is ready, once deploy.sh announced it
 * ({@link NewVersion}): a notice that stays, with the time left and a button that moves the user to the new release.
 * The app has no server push, so a screen shows it on its next round trip (any click or field change); screens opened
 * afterwards show it at once. The button signs the user out and expires nginx's route cookie, so the next page comes
 * from the new release (sessions live in one instance's memory: the user signs in again there).
 */
@Component
class NewVersionNotice implements VaadinServiceInitListener {

    /** nginx's stickiness cookie (deployment/nginx/patritech.conf.template): it names the instance of a browser. */
    static final String ROUTE_COOKIE = "patritech_route";
    static final String NOTICE_ID = "new-version-notice";
    private static final String SHOWN = NewVersionNotice.class.getName() + ".shown";

    private final NewVersion newVersion;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Set<UI> openScreens = ConcurrentHashMap.newKeySet();

    NewVersionNotice(NewVersion newVersion, AuthenticationContext authentication, Clock clock) {
        this.newVersion = newVersion;
        this.authentication = authentication;
        this.clock = clock;
        newVersion.addListener(this::tellOpenScreens);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            openScreens.add(ui);
            ui.addDetachListener(detach -> openScreens.remove(ui));
            newVersion.stopsAt().ifPresent(stopsAt -> ui.access(() -> show(ui, stopsAt)));
        });
    }

    private int tellOpenScreens(Instant stopsAt) {
        int told = 0;
        for (UI ui : openScreens) {
            if (ui.isClosing()) {
                continue;
            }
            try {
                ui.access(() -> show(ui, stopsAt));
                told++;
            } catch (UIDetachedException gone) {
                openScreens.remove(ui);
            }
        }
        return told;
    }

    private void show(UI ui, Instant stopsAt) {
        if (ComponentUtil.getData(ui, SHOWN) instanceof Notification shown) {
            shown.close();
        }
        long minutes = Math.max(1, (Duration.between(clock.instant(), stopsAt).toSeconds() + 59) / 60);
        Span text = new Span(ui.getTranslation("newversion.notice", minutes));
        Button use = new Button(ui.getTranslation("newversion.use"), click -> moveToNewVersion(ui));
        use.setId("new-version-use");
        FlexLayout content = new FlexLayout(text, use);
        content.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        content.setAlignItems(FlexLayout.Alignment.CENTER);
        content.getStyle().set("gap", "var(--lumo-space-m)");
        Notification notice = new Notification(content);
        notice.setId(NOTICE_ID);
        notice.setDuration(0);
        notice.setPosition(Notification.Position.TOP_STRETCH);
        notice.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        notice.getElement().setAttribute("role", "alert");
        ComponentUtil.setData(ui, SHOWN, notice);
        notice.open();
    }

    private void moveToNewVersion(UI ui) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie route = new Cookie(ROUTE_COOKIE, "");
            route.setPath("/");
            route.setMaxAge(0);
            route.setSecure(true);
            route.setHttpOnly(true);
            response.addCookie(route);
        }
        if (authentication.isAuthenticated()) {
            authentication.logout();
        } else {
            ui.getPage().reload();
        }
    }
}
