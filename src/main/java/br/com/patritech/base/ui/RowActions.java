package br.com.patritech.base.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Compact actions for a grid row: icon buttons with a spoken label and a tooltip, so the actions column stays
 * narrow and the data keeps the width.
 */
public final class RowActions extends HorizontalLayout {

    public RowActions(Button... buttons) {
        super(buttons);
        setSpacing(false);
        addClassName("row-actions");
        getStyle().set("gap", "var(--lumo-space-xs)");
    }

    /** An icon button whose label is read by screen readers and shown as a tooltip. */
    public static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /**
     * Delete, asked before it runs. A record in use (checked when shown and again on click) is not offered a
     * confirmation that would only end in a refusal: the tooltip and a click say why it cannot be deleted.
     */
    public static Button delete(String what, String id, BooleanSupplier inUse, String inUseMessage, Runnable deletion,
                                Runnable afterwards) {
        Button button = new Button(VaadinIcon.TRASH.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ERROR);
        String label = button.getTranslation("admin.delete.named", what);
        button.setAriaLabel(label);
        boolean usedNow = inUse.getAsBoolean();
        button.setTooltipText(usedNow ? inUseMessage : label);
        if (usedNow) {
            button.addClassName("in-use");
        }
        button.addClickListener(e -> {
            if (inUse.getAsBoolean()) {
                Notification n = Notification.show(inUseMessage, 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            } else {
                ConfirmAction.delete(what, deletion, afterwards);
            }
        });
        return button;
    }
}
