package br.com.patritech.base.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import br.com.patritech.base.DomainException;

/**
 * Shows a service's {@link DomainException} next to the fields it names, keeping what was typed; a rule
 * without a field (or naming no field of this form) becomes a notification.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static void show(DomainException e, Map<String, ? extends HasValidation> fields) {
        UI ui = UI.getCurrent();
        boolean notified = false;
        for (DomainException.Violation v : e.getViolations()) {
            String message = ui.getTranslation(v.messageKey(), v.args());
            HasValidation field = v.field() == null ? null : fields.get(v.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (!notified) {
                error(message);
                notified = true;
            }
        }
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
