package br.com.patritech.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A dialog around a form: shows a record (or nothing, for a new one) and fires a {@link SaveEvent} with what
 * was typed. It neither saves nor closes itself on save: the view calls the service, then closes it, or hands
 * the refusal back with {@link #refuse}, which shows it next to the field and keeps every value.
 *
 * @param <S> the record shown (a service's summary)
 * @param <F> the record a save sends (a service's form)
 */
public abstract class FormDialog<S, F> extends Dialog {

    protected final FormErrors errors = new FormErrors();
    private final FormLayout form = new FormLayout();
    private S editing;
    private F asOpened;

    protected FormDialog(String id) {
        setId(id);
        setWidth("min(40rem, 95vw)");
        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id + "-save");
        Button cancel = new Button(getTranslation("admin.cancel"), e -> cancel());
        // Esc and a click outside ask too, instead of closing over what was typed.
        addDialogCloseActionListener(e -> cancel());
        cancel.setId(id + "-cancel");
        HorizontalLayout buttons = new HorizontalLayout(cancel, save);
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        buttons.setWidthFull();
        add(errors.message(), form, buttons);
    }

    protected void addFields(Component... fields) {
        form.add(fields);
    }

    /** Opens the form empty, for a new record. */
    public void openNew(String title) {
        show(title, null);
    }

    /** Opens the form with the record's values. */
    public void openEdit(String title, S item) {
        show(title, item);
    }

    private void show(String title, S item) {
        editing = item;
        errors.clear();
        fill(item);
        asOpened = read();
        setHeaderTitle(title);
        open();
    }

    /** The record being edited, or null for a new one. */
    public S editing() {
        return editing;
    }

    /** Puts the record's values (or the defaults, for null) into the fields. */
    protected abstract void fill(S item);

    /** What the fields hold now. */
    protected abstract F read();

    /** Shows why the service refused the save; the values typed stay. */
    public void refuse(RuntimeException refusal) {
        errors.show(refusal);
    }

    /**
     * Calls the service to save: a refusal is shown in the dialog, which stays open with every value kept; on
     * success the dialog closes, the list is refreshed and "saved" is shown.
     */
    public void saveWith(Runnable serviceCall, Runnable refresh) {
        try {
            serviceCall.run();
        } catch (RuntimeException refusal) {
            refuse(refusal);
            return;
        }
        close();
        refresh.run();
        com.vaadin.flow.component.notification.Notification.show(getTranslation("admin.saved"));
    }

    private void cancel() {
        ConfirmAction.discardChanges(!java.util.Objects.equals(read(), asOpened), this::close);
    }

    private void save() {
        errors.clear();
        fireEvent(new SaveEvent<>(this, editing, read()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<S, F>> listener) {
        return addListener((Class) SaveEvent.class, listener);
    }

    /** The person asked to save: {@code editing} is null for a new record. */
    public static final class SaveEvent<S, F> extends ComponentEvent<FormDialog<S, F>> {

        private final transient S editing;
        private final transient F form;

        SaveEvent(FormDialog<S, F> source, S editing, F form) {
            super(source, true);
            this.editing = editing;
            this.form = form;
        }

        public S editing() {
            return editing;
        }

        public F form() {
            return form;
        }
    }
}
