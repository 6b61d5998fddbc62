package br.com.patritech.twofactor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.twofactor.RequiredFor;
import br.com.patritech.twofactor.TotpTestCodes;
import br.com.patritech.twofactor.TwoFactorService;
import br.com.patritech.users.UserService.UserSummary;

/** Enrolment, the code step after the password, the enrolment a requirement forces, and the reset on the users screen. */
class TwoFactorViewsTest extends KaribuTest {

    private TwoFactorService twoFactor() {
        return context.getBean(TwoFactorService.class);
    }

    private Authentication passwordLogin(AppUser user) {
        return context.getBean(AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.login(), TestUsers.PASSWORD));
    }

    /** As the login form leaves it: the session holds what the password check answered. */
    private void signInWithPassword(AppUser user) {
        Authentication answer = passwordLogin(user);
        SecurityContextHolder.getContext().setAuthentication(answer);
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setUserPrincipalInt(answer);
    }

    private String enrolThroughTheView() {
        UI.getCurrent().navigate("dois-fatores");
        String secret = _get(Span.class, spec -> spec.withId("totp-secret")).getText();
        TextField code = _get(TextField.class, spec -> spec.withId("totp-code"));
        code.setValue("000000".equals(TotpTestCodes.code(secret, 0)) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("totp-confirm")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Código incorreto");
        assertThat(code.getValue()).as("what was typed stays").isNotEmpty();

        code.setValue(TotpTestCodes.code(secret, 0));
        _click(_get(Button.class, spec -> spec.withId("totp-confirm")));
        assertThat(_find(ListItem.class, spec -> spec.withText("-"))).isEmpty();
        assertThat(_find(ListItem.class)).hasSize(10);
        return secret;
    }

    @Test
    void aUserEnrolsWithTheSecretShownAsTextAndSeesTenRecoveryCodesOnce() {
        AppUser user = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        login(user);
        String secret = enrolThroughTheView();
        _click(_get(Button.class, spec -> spec.withId("recovery-codes-saved")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status")).getText()).contains("10");
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(passwordLogin(user)).isInstanceOf(SecondFactorPending.class);

        _get(TextField.class, spec -> spec.withId("totp-code")).setValue(TotpTestCodes.code(secret, 1));
        _click(_get(Button.class, spec -> spec.withId("totp-disable")));
        assertThat(_find(Span.class, spec -> spec.withId("totp-secret"))).hasSize(1);
        assertThat(passwordLogin(user).getPrincipal()).isInstanceOf(AppUser.class);
    }

    @Test
    void afterThePasswordEveryAddressLeadsToTheCodeAndARightCodeSignsIn() {
        AppUser user = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        login(user);
        String secret = enrolThroughTheView();
        SecurityContextHolder.clearContext();

        signInWithPassword(user);
        UI.getCurrent().navigate("bens");
        TextField code = _get(TextField.class, spec -> spec.withId("second-factor-code"));
        code.setValue("12345x");
        _click(_get(Button.class, spec -> spec.withId("second-factor-verify")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(SecondFactorPending.class);

        code.setValue(TotpTestCodes.code(secret, 1));
        _click(_get(Button.class, spec -> spec.withId("second-factor-verify")));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isInstanceOf(AppUser.class);
        assertThat(((AppUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).id())
                .isEqualTo(user.id());
    }

    @Test
    void anAdministratorRequiredToUseItIsSentToEnrolAfterThePassword() {
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        SystemUser.run(() -> twoFactor().require(RequiredFor.ADMINS));
        try {
            signInWithPassword(admin);
            UI.getCurrent().navigate("usuarios");
            assertThat(_find(TwoFactorView.class)).hasSize(1);
            assertThat(_find(Span.class, spec -> spec.withId("totp-secret"))).hasSize(1);
            UI.getCurrent().navigate("");
            assertThat(_find(TwoFactorView.class)).hasSize(1);
        } finally {
            SystemUser.run(() -> twoFactor().require(RequiredFor.NOBODY));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorResetsAUsersSecondFactorFromTheUsersScreen() {
        AppUser user = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        login(user);
        enrolThroughTheView();
        SecurityContextHolder.clearContext();

        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("usuarios");
        _get(TextField.class, spec -> spec.withId("users-search")).setValue(user.login());
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int row = GridKt._findAll(grid).stream().map(UserSummary::id).toList().indexOf(user.id());
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("reset-two-factor-" + user.id())));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(passwordLogin(user).getPrincipal()).isInstanceOf(AppUser.class);
    }
}
