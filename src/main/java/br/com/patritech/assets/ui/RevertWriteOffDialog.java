package br.com.patritech.assets.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetService;

/** Administrators only: undo a write-off, saying why. */
class RevertWriteOffDialog extends ActionDialog<String> {

    private final TextArea justification = new TextArea();

    RevertWriteOffDialog(AssetDetails asset, AssetService assets, Consumer<AssetDetails> onDone) {
        super(asset, assets::get, "writeoff.revert.confirm", ButtonVariant.LUMO_CONTRAST,
                (current, text) -> assets.revertWriteOff(current.id(), current.version(), text), onDone);
        setHeaderTitle(getTranslation("writeoff.revert.title", asset.tombo()));
        justification.setLabel(getTranslation("writeoff.revert.justification.label"));
        justification.setHelperText(getTranslation("writeoff.revert.justification"));
        justification.setId("revert-justification");
        field("justification", justification);
    }

    @Override
    protected String request() {
        return justification.getValue();
    }
}
