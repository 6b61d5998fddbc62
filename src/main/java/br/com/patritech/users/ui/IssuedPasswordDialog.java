package br.com.patritech.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.users.UserService.IssuedPassword;

/** Shows a generated password once, to hand over to its owner, who must change it at the next login. */
class IssuedPasswordDialog extends Dialog {

    IssuedPasswordDialog(IssuedPassword issued) {
        setId("issued-password-dialog");
        setHeaderTitle(getTranslation("user.password.title"));
        TextField password = new TextField();
        password.setId("issued-password");
        password.setValue(issued.password());
        password.setReadOnly(true);
        password.setWidthFull();
        password.getStyle().set("font-family", "monospace");
        Button close = new Button(getTranslation("admin.close"), e -> close());
        close.setId("issued-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("user.password.text", issued.user().name())), password, close);
        setCloseOnOutsideClick(false);
    }
}
