package br.com.patritech.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.PasswordPolicy;
import br.com.patritech.users.UserService;

/** Where a user changes their password; users created by someone else are sent here first. */
@Route(UsersNavigation.CHANGE_PASSWORD)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(UserService userService, CurrentUser currentUser) {
        setId("change-password-view");
        Keyboard.translatePasswordReveal(this);
        setMaxWidth("36rem");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        Button save = new Button(getTranslation("password.save"), e -> save(userService));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        add(new H2(getTranslation("password.title")));
        if (currentUser.get().map(AppUser::mustChangePassword).orElse(false)) {
            add(new Paragraph(getTranslation("password.must-change")));
        }
        add(new FormLayout(current, next, repeat), save);
    }

    private void save(UserService userService) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            AppUser updated = userService.changeOwnPassword(current.getValue(), next.getValue());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.authorities()));
            Notification.show(getTranslation("password.changed"));
            UI.getCurrent().navigate("");
        } catch (DomainException e) {
            PasswordField field = "currentPassword".equals(e.getField()) ? current : next;
            field.setErrorMessage(getTranslation(e.getMessageKey(), PasswordPolicy.MIN_LENGTH));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
