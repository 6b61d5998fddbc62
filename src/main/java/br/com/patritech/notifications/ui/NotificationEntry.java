package br.com.patritech.notifications.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

import br.com.patritech.base.ui.Formats;
import br.com.patritech.notifications.NotificationItem;

/** One notification as a full-width button: what it is (bold while unread) and when; clicking opens the place. */
final class NotificationEntry {

    private NotificationEntry() {
    }

    static Button of(NotificationItem item, Locale locale, Runnable open) {
        Span text = new Span(NotificationEntry.text(item));
        text.getStyle().set("font-weight", item.read() ? "400" : "700").set("white-space", "normal")
                .set("text-align", "start");
        Span when = new Span(Formats.dateTime(item.createdAt(), locale));
        when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "block");
        Button entry = new Button();
        entry.getElement().appendChild(text.getElement(), when.getElement());
        entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        entry.setWidthFull();
        entry.getStyle().set("height", "auto").set("padding", "var(--lumo-space-s)").set("display", "block")
                .set("text-align", "start");
        entry.setId("notification-" + item.id());
        entry.addClassName(item.read() ? "notification-read" : "notification-unread");
        entry.addClickListener(e -> open.run());
        return entry;
    }

    static String text(NotificationItem item) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(item.kind().translationKey(), item.subject());
    }
}
