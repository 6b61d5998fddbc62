package br.com.patritech.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import br.com.patritech.operations.NewVersion;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/**
 * After a deploy the old instance drains; near its limit deploy.sh announces the new version (actuator
 * {@code newversion}). What a signed-in user of the old release sees: a notice that stays, with the time left, and a
 * button that takes them to the new release (route cookie expired, signed out).
 */
class NewVersionNoticeTest extends KaribuTest {

    /**
     * Signing out clears the context through this application context's strategy; other contexts cached in the same
     * test JVM may have installed theirs globally (see api.ContextSecurityStrategy), so the test signs in through ours.
     */
    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(
                context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
    }

    @AfterEach
    void withdraw() {
        context.getBean(NewVersion.class).withdraw();
    }

    @Test
    void anOpenScreenShowsTheNoticeOnItsNextRoundTripAndTheButtonMovesTheUserToTheNewRelease() {
        login(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.allOf(Permission.class)));
        UI.getCurrent().navigate("");
        assertThat(_find(Notification.class, spec -> spec.withId(NewVersionNotice.NOTICE_ID))).isEmpty();

        int told = context.getBean(NewVersion.class).announce(Duration.ofMinutes(5));
        MockVaadin.clientRoundtrip(false);

        assertThat(told).as("this test's browser tab").isGreaterThanOrEqualTo(1);
        Notification notice = _get(Notification.class, spec -> spec.withId(NewVersionNotice.NOTICE_ID));
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.getDuration()).as("stays until the user acts").isZero();
        assertThat(_get(notice, Span.class).getText()).contains("nova versão do PATRI-TECH está pronta", "cerca de 5 min");

        _click(_get(Button.class, spec -> spec.withId("new-version-use")));

        Cookie route = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).findCookie("patritech_route");
        assertThat(route).as("nginx's route cookie, so that the next page comes from the new release").isNotNull();
        assertThat(route.getMaxAge()).isZero();
        assertThat(route.getPath()).isEqualTo("/");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out: the user signs in again there")
                .isNull();
    }

    @Test
    void aScreenOpenedAfterTheAnnouncementShowsItAtOnceAndAWithdrawnOneShowsNothing() {
        context.getBean(NewVersion.class).announce(Duration.ofSeconds(30));
        UI first = UI.getCurrent();
        first.getPage().reload();   // Karibu: a new UI, as after the browser's reload
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent()).isNotSameAs(first);
        Notification notice = _get(Notification.class, spec -> spec.withId(NewVersionNotice.NOTICE_ID));
        assertThat(_get(notice, Span.class).getText()).contains("cerca de 1 min");

        context.getBean(NewVersion.class).withdraw();
        UI.getCurrent().getPage().reload();
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Notification.class, spec -> spec.withId(NewVersionNotice.NOTICE_ID))).as("control").isEmpty();
    }
}
