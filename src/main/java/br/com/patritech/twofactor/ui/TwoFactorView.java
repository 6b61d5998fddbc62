package br.com.patritech.twofactor.ui;

import java.util.Base64;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.Installation;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.twofactor.TwoFactorService;
import br.com.patritech.twofactor.TwoFactorService.Enrolled;
import br.com.patritech.twofactor.TwoFactorService.Enrolment;
import br.com.patritech.twofactor.TwoFactorService.Status;

/**
 * The user's own two-factor sign-in: enrol (QR code and the secret as text, confirmed by a first code; then the
 * recovery codes, shown once) or turn it off. A sign-in that must enrol first lands here; an administrator also
 * sets who must use it.
 */
@Route(value = TwoFactorView.ROUTE, autoLayout = false)
@PermitAll
class TwoFactorView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "dois-fatores";

    private final TwoFactorService twoFactor;
    private final VerticalLayout content = new VerticalLayout();
    private final TextField code = new TextField();
    private final String issuer;

    TwoFactorView(TwoFactorService twoFactor, CurrentUser currentUser, Installation installation,
                  AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.issuer = installation.institutionName();
        setId("two-factor-view");
        setMaxWidth("36rem");
        setWidthFull();
        getStyle().set("margin", "0 auto");
        content.setPadding(false);
        code.setId("totp-code");
        code.setLabel(getTranslation("twofactor.code.label"));
        code.setMaxLength(64);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        add(new H2(getTranslation("twofactor.title")), content);
        showCurrentState();
        if (currentUser.get().map(u -> u.isAdmin()).orElse(false)) {
            add(new RequirementSetting(twoFactor));
        }
        if (SecondFactorPending.current().isPresent()) {
            Button cancel = new Button(getTranslation("twofactor.code.cancel"), e -> authentication.logout());
            cancel.setId("two-factor-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(cancel);
        } else {
            Anchor back = new Anchor("", getTranslation("twofactor.back"));
            back.setId("two-factor-back");
            add(back);
        }
    }

    private void showCurrentState() {
        content.removeAll();
        code.clear();
        code.setInvalid(false);
        Status status = twoFactor.status();
        if (status.enrolled()) {
            showEnrolled(status);
        } else {
            showEnrolment(twoFactor.startEnrolment(issuer), status);
        }
    }

    private void showEnrolment(Enrolment enrolment, Status status) {
        if (status.required()) {
            content.add(new Paragraph(getTranslation("twofactor.required.intro")));
        }
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(enrolment.qrPng()),
                getTranslation("twofactor.qr.alt"));
        qr.setId("totp-qr");
        qr.setWidth("min(240px, 100%)");
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("totp-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("overflow-wrap", "anywhere");
        Button confirm = new Button(getTranslation("twofactor.enrol.confirm"), e -> confirm(enrolment.secret()));
        confirm.setId("totp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        content.add(new Paragraph(getTranslation("twofactor.enrol.scan")), qr,
                new Paragraph(getTranslation("twofactor.enrol.type-secret")), secret,
                new Paragraph(getTranslation("twofactor.enrol.first-code")), code, confirm);
    }

    private void confirm(String secret) {
        try {
            Enrolled enrolled = twoFactor.confirmEnrolment(secret, code.getValue());
            showRecoveryCodes(enrolled);
        } catch (DomainException refusal) {
            code.setErrorMessage(getTranslation(refusal.getMessageKey()));
            code.setInvalid(true);
        }
    }

    private void showRecoveryCodes(Enrolled enrolled) {
        content.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.getStyle().set("font-family", "monospace");
        enrolled.recoveryCodes().forEach(c -> list.add(new ListItem(c)));
        Button done = new Button(getTranslation("twofactor.recovery.saved"), e -> {
            if (enrolled.signedIn() != null) {
                SignInCompletion.enter(enrolled.signedIn());
            } else {
                showCurrentState();
            }
        });
        done.setId("recovery-codes-saved");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph(getTranslation("twofactor.enrol.done")),
                new Paragraph(getTranslation("twofactor.recovery.intro", enrolled.recoveryCodes().size())), list, done);
    }

    private void showEnrolled(Status status) {
        Paragraph state = new Paragraph(getTranslation("twofactor.enrolled", status.recoveryCodesLeft()));
        state.setId("two-factor-status");
        content.add(state);
        if (status.required()) {
            content.add(new Paragraph(getTranslation("twofactor.required.cannot-disable")));
            return;
        }
        Button disable = new Button(getTranslation("twofactor.disable"), e -> disable());
        disable.setId("totp-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        content.add(new Paragraph(getTranslation("twofactor.disable.intro")), code, disable);
    }

    private void disable() {
        try {
            twoFactor.disable(code.getValue());
            Notification.show(getTranslation("twofactor.disabled"));
            showCurrentState();
        } catch (DomainException refusal) {
            code.setErrorMessage(getTranslation(refusal.getMessageKey()));
            code.setInvalid(true);
        }
    }

    /** "ABCD EFGH ..." is easier to type into an app than 32 letters in a row. */
    static String grouped(String secret) {
        return String.join(" ", List.of(secret.split("(?<=\\G.{4})")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofactor.title");
    }
}
