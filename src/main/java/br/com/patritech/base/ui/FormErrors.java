package br.com.patritech.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;

/**
 * Shows a service's refusal on a form: next to the field it names, or in a message above the fields. Never
 * touches the values, so nothing typed is lost. Anything that is not a refusal (a bug) is thrown on, for the
 * session's error handler to log.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** The message this class put on each field, so a change clears only our own message. */
    private final Map<HasValidation, String> shown = new java.util.HashMap<>();
    private final Span message = new Span();

    public FormErrors() {
        message.setId("form-error");
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setVisible(false);
    }

    /** Registers the component that shows errors of the field named so by the services. */
    public <F extends HasValidation> F field(String name, F component) {
        component.setManualValidation(true);
        fields.put(name, component);
        if (component instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            // Once the person changes the field, the refusal it showed no longer applies.
            value.addValueChangeListener(e -> {
                String ours = shown.remove(component);
                if (ours != null && ours.equals(component.getErrorMessage())) {
                    component.setInvalid(false);
                    component.setErrorMessage(null);
                }
            });
        }
        return component;
    }

    /** The message shown for refusals that name no field (concurrent change, no permission). */
    public Span message() {
        return message;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        shown.clear();
        message.setVisible(false);
        message.setText("");
    }

    /** Shows every broken rule next to its field; rules naming no field of this form go to the message. */
    public void show(RuntimeException refusal) {
        if (!(refusal instanceof DomainException domain)) {
            showMessage(describe(refusal));
            return;
        }
        for (DomainException.Violation violation : domain.getViolations()) {
            String text = message.getTranslation(violation.messageKey(), violation.args());
            HasValidation field = violation.field() == null ? null : fields.get(violation.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                shown.put(field, text);
            } else {
                showMessage(text);
            }
        }
    }

    private void showMessage(String text) {
        message.setText(message.getText().isEmpty() ? text : message.getText() + " " + text);
        message.setVisible(true);
    }

    /** Shows a refusal of an action without a form (a delete, a deactivation) as an error notification. */
    public static void notify(RuntimeException refusal) {
        Notification notification = Notification.show(describe(refusal), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The sentence for a refusal the person can act on, in their language. */
    public static String describe(RuntimeException refusal) {
        UI ui = UI.getCurrent();
        if (refusal instanceof DomainException domain) {
            return ui.getTranslation(domain.getMessageKey(), domain.getArgs());
        }
        if (refusal instanceof ObjectOptimisticLockingFailureException) {
            return ui.getTranslation("error.concurrent-change");
        }
        if (refusal instanceof AccessDeniedException) {
            return ui.getTranslation("error.access-denied");
        }
        if (refusal instanceof NotFoundException) {
            return ui.getTranslation("error.not-found");
        }
        throw refusal;
    }
}
