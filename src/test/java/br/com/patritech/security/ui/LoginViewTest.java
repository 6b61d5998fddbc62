package br.com.patritech.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
}
