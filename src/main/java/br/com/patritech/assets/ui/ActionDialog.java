package br.com.patritech.assets.ui;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongFunction;

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
 * service, errors next to the fields, and the dialog stays open with what was typed until it succeeds. When someone
 * else changed the asset meanwhile, "Recarregar" reads it again (its new version) and keeps what was typed.
 */
abstract class ActionDialog<R> extends Dialog {

    private final FormErrors errors = new FormErrors();
    private final FormLayout form = new FormLayout();
    private final Button reload = new Button();
    private R asOpened;
    private AssetDetails asset;

    /**
     * @param asset  the asset as the page shows it
     * @param reader reads the asset again by id (after a concurrent change)
     * @param action the service call, given the asset as last read (its version) and the request
     */
    ActionDialog(AssetDetails asset, LongFunction<AssetDetails> reader, String confirmKey,
                 ButtonVariant confirmVariant, BiFunction<AssetDetails, R, AssetDetails> action,
                 Consumer<AssetDetails> onDone) {
        this.asset = asset;
        setWidth("36rem");
        reload.setText(getTranslation("form.reload"));
        reload.setId("reload-action");
        reload.setVisible(false);
        reload.addClickListener(e -> {
            this.asset = reader.apply(asset.id());
            errors.clear();
            reload.setVisible(false);
        });
        add(errors.message(), reload, form);
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

    private void submit(BiFunction<AssetDetails, R, AssetDetails> action, Consumer<AssetDetails> onDone) {
        errors.clear();
        reload.setVisible(false);
        try {
            AssetDetails updated = action.apply(asset, request());
            close();
            onDone.accept(updated);
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.show(e);
            reload.setVisible(true);
        } catch (DomainException e) {
            errors.show(e);
        }
    }
}
