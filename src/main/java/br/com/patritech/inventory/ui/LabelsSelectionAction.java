package br.com.patritech.inventory.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;

import br.com.patritech.assets.ui.AssetSelectionAction;
import br.com.patritech.inventory.LabelRequest;
import br.com.patritech.inventory.LabelService;

/** "Labels" on the asset list's selection bar: prints the ticked assets' labels (anyone who sees them may). */
@org.springframework.stereotype.Component
class LabelsSelectionAction implements AssetSelectionAction {

    private final LabelService labels;

    LabelsSelectionAction(LabelService labels) {
        this.labels = labels;
    }

    @Override
    public Optional<Component> button(Selection selection) {
        Button button = new Button(VaadinIcon.QRCODE.create());
        button.setText(button.getTranslation("labels.action"));
        button.setId("selection-labels");
        button.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setId("labels-dialog");
            dialog.setHeaderTitle(button.getTranslation("labels.title"));
            dialog.add(new LabelOptions(labels, () -> LabelRequest.of(selection.assetIds(), null, 1)));
            dialog.getFooter().add(new Button(button.getTranslation("admin.close"), c -> dialog.close()));
            dialog.open();
        });
        return Optional.of(button);
    }
}
