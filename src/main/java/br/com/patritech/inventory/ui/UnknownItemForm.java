package br.com.patritech.inventory.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.FormErrors;

/** Notes an item found without a label or unknown to the system, in the room being counted. */
class UnknownItemForm extends Details {

    UnknownItemForm(Consumer<String> note) {
        setSummaryText(getTranslation("inventory.unknown.note"));
        setId("count-unknown");
        FormErrors errors = new FormErrors();
        TextArea description = errors.field("description", new TextArea(getTranslation("inventory.unknown.description")));
        description.setId("count-unknown-description");
        description.setMaxLength(500);
        description.setWidthFull();
        Button save = new Button(getTranslation("inventory.unknown.save"), e -> {
            errors.clear();
            try {
                note.accept(description.getValue());
                description.clear();
                Notification.show(getTranslation("inventory.unknown.noted"));
            } catch (DomainException | AccessDeniedException | NotFoundException refusal) {
                errors.show(refusal);
            }
        });
        save.setId("count-unknown-save");
        VerticalLayout content = new VerticalLayout(errors.message(), description, save);
        content.setPadding(false);
        add(content);
    }
}
