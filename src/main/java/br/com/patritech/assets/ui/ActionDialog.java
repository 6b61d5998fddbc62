package br.com.patritech.assets.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.FormErrors;

/**
 * A dialog for one asset action (transfer, write-off, revert): the fields, a confirm button that calls the
 * service, errors next to the fields, and the dialog stays open with what was typed until it succeeds.
 */
abstract class ActionDialog<R> extends Dialog {

    private final FormErrors errors = new FormErrors();
    private final FormLayout form = new FormLayout();
    private R asOpened;

    ActionDialog(String confirmKey, ButtonVariant confirmVariant, Function<R, AssetDetails> action,
                 Consumer<AssetDetails> onDone) {
        setWidth("36rem");
        add(errors.message(), form);
        Button confirm = new Button(getTranslation(confirmKey), e -> submit(action, onDone));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, confirmVariant);
        confirm.setId("confirm-action");
        Button cancel = new Button(getTranslation("asset.cancel"), e -> cancel());
        cancel.setId("cancel-action");
        // Esc and a click outside ask too, instead of closing over what was chosen.
        addDialogCloseActionListener(e -> cancel());
        getFooter().add(cancel, confirm);
    }

    /** Adds a field the service may name in its errors. */
    protected <F extends Component & HasValidation> F field(String name, F component) {
        errors.field(name, component);
        form.add(component);
        return component;
    }

    protected FormLayout form() {
        return form;
    }

    /** Remembers the fields as they open, so Cancel can tell whether anything would be lost. */
    @Override
    public void open() {
        asOpened = request();
        super.open();
    }

    private void cancel() {
        ConfirmAction.discardChanges(!java.util.Objects.equals(request(), asOpened), this::close);
    }

    /** The request built from the fields as they are now. */
    protected abstract R request();

    private void submit(Function<R, AssetDetails> action, Consumer<AssetDetails> onDone) {
        errors.clear();
        try {
            AssetDetails updated = action.apply(request());
            close();
            onDone.accept(updated);
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            errors.show(e);
        }
    }
}
