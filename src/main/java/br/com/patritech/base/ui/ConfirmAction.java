package br.com.patritech.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;

/** Asks before a destructive action, runs it, and tells how it went (or why the service refused it). */
public final class ConfirmAction {

    private ConfirmAction() {
    }

    /** Asks whether to delete {@code what}; on yes runs the deletion and then {@code afterwards}. */
    public static ConfirmDialog delete(String what, Runnable deletion, Runnable afterwards) {
        UI ui = UI.getCurrent();
        return ask(ui.getTranslation("admin.delete.title", what), ui.getTranslation("admin.delete.text"),
                ui.getTranslation("admin.delete"), deletion, ui.getTranslation("admin.deleted"), afterwards);
    }

    /** Leaves a form at once when nothing was typed; otherwise asks before throwing the typing away. */
    public static void discardChanges(boolean changed, Runnable leave) {
        if (!changed) {
            leave.run();
            return;
        }
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog(ui.getTranslation("form.discard.title"),
                ui.getTranslation("form.discard.text"), ui.getTranslation("form.discard.confirm"), e -> leave.run());
        dialog.setId("confirm-discard");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("form.discard.keep"));
        dialog.open();
    }

    public static ConfirmDialog ask(String title, String text, String confirmLabel, Runnable action, String doneMessage,
                                    Runnable afterwards) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmLabel, e -> {
            try {
                action.run();
                if (doneMessage != null) {
                    Notification.show(doneMessage);
                }
                afterwards.run();
            } catch (RuntimeException refusal) {
                FormErrors.notify(refusal);
            }
        });
        dialog.setId("confirm-action");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("admin.cancel"));
        dialog.open();
        return dialog;
    }
}
