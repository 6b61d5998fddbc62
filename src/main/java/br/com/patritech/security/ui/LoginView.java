package br.com.patritech.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.base.ui.LanguageSelect;

/**
 * Log in with CPF (with or without punctuation) or e-mail. The form is checked inside the running page, not posted
 * (docs/decisions/0022-sign-in-without-a-page-load.md): {@link BrowserSignIn} does what Spring's form login does.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final BrowserSignIn signIn;
    private final LoginForm login = new LoginForm();
    private LoginI18n i18n;

    LoginView(AuthenticationContext authenticationContext, BrowserSignIn signIn) {
        this.authenticationContext = authenticationContext;
        this.signIn = signIn;
        addClassName("login-view");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("justify-content", "center").set("min-height", "100vh");
        login.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
        login.setForgotPasswordButtonVisible(false);
        showI18n(i18n(false));
        add(login, new LanguageSelect());
        Keyboard.translatePasswordReveal(this);
    }

    private void signIn(String username, String password) {
        switch (signIn.signIn(username, password)) {
            case SIGNED_IN -> UI.getCurrent().navigate(signIn.destination());
            case WRONG -> refuse(false);
            case LOCKED -> refuse(true);
        }
    }

    /** The form says why and keeps what was typed; setError also enables it again (it disables itself on submit). */
    private void refuse(boolean locked) {
        showI18n(i18n(locked));
        login.setError(true);
    }

    private void showI18n(LoginI18n texts) {
        this.i18n = texts;
        login.setI18n(texts);
    }

    /** The texts the form shows now (LoginForm keeps its own getter protected). */
    LoginI18n shownTexts() {
        return i18n;
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("app.name"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            showI18n(i18n(lastFailureWasLockout()));
            login.setError(true);
        }
    }

    private static boolean lastFailureWasLockout() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
