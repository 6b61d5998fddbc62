package br.com.patritech.twofactor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.LanguageSelect;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.twofactor.TwoFactorService;
import br.com.patritech.twofactor.TwoFactorService.SignIn;

/** The step after the password for a user with a second factor: the app's code or a recovery code. */
@Route(value = TwoFactorCodeView.ROUTE, autoLayout = false)
@PermitAll
class TwoFactorCodeView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "segundo-fator";

    private final TextField code = new TextField();

    TwoFactorCodeView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        setId("second-factor-view");
        setMaxWidth("26rem");
        setWidthFull();
        getStyle().set("margin", "0 auto").set("padding-top", "10vh");
        code.setId("second-factor-code");
        code.setLabel(getTranslation("twofactor.code.label"));
        code.setHelperText(getTranslation("twofactor.code.help"));
        code.setWidthFull();
        code.setMaxLength(64);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("autocapitalize", "off");
        Button verify = new Button(getTranslation("twofactor.code.verify"), e -> verify(twoFactor));
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.setWidthFull();
        Button cancel = new Button(getTranslation("twofactor.code.cancel"), e -> authentication.logout());
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("twofactor.code.title")), new Paragraph(getTranslation("twofactor.code.intro")),
                code, verify, cancel, new LanguageSelect());
    }

    private void verify(TwoFactorService twoFactor) {
        SecondFactorPending pending = SecondFactorPending.current().orElse(null);
        if (pending == null) {
            getUI().ifPresent(ui -> ui.navigate(""));
            return;
        }
        SignIn answer = twoFactor.verify(pending, code.getValue(), SignInCompletion.clientAddress());
        switch (answer.result()) {
            case VERIFIED -> SignInCompletion.enter(answer.signedIn());
            case WRONG -> refuse("twofactor.code.wrong");
            case LOCKED -> refuse("login.locked.message");
        }
    }

    private void refuse(String messageKey) {
        code.setErrorMessage(getTranslation(messageKey));
        code.setInvalid(true);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofactor.code.title");
    }
}
