package br.com.patritech.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import br.com.patritech.support.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("");
        LoginView view = _get(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(view.shownTexts().getForm().getUsername()).isEqualTo("CPF ou e-mail");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void failedLoginShowsTheErrorInPortuguese() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getMessage()).contains("15 minutos");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheSamePageWithTheFormReadyForTheNextTry() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        _login(form, "ninguem-" + System.nanoTime() + "@patritech.test", "senha-errada");
        assertThat(form.isError()).isTrue();
        assertThat(form.isEnabled()).isTrue();
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getTitle())
                .isEqualTo("Não foi possível entrar");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void theFifthWrongPasswordInARowSaysTheAccessIsLocked() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        String login = "bloqueio-" + System.nanoTime() + "@patritech.test";
        for (int attempt = 1; attempt <= 5; attempt++) {
            _login(form, login, "senha-errada-" + attempt);
        }
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getTitle())
                .isEqualTo("Acesso bloqueado temporariamente");
    }
}
