package br.com.patritech.inventory.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import br.com.patritech.assets.ui.AssetListAction;
import br.com.patritech.inventory.LabelService;

/**
 * "Labels" next to the list's export: the labels of every asset the list shows with its current filter and order
 * (not only the ticked rows), streamed page by page (keyset) while the PDF is written.
 */
@org.springframework.stereotype.Component
class LabelsListAction implements AssetListAction {

    private final LabelService labels;

    LabelsListAction(LabelService labels) {
        this.labels = labels;
    }

    @Override
    public Optional<Component> component(ListState list) {
        Button button = new Button(VaadinIcon.QRCODE.create());
        button.setText(button.getTranslation("labels.filter.action"));
        button.setId("list-labels");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setId("list-labels-dialog");
            dialog.setHeaderTitle(button.getTranslation("labels.filter.title"));
            dialog.add(new Paragraph(button.getTranslation("labels.filter.hint")),
                    new LabelOptions((layout, start, out) -> labels.writeFiltered(list.filter(), list.sort(), layout,
                            start, out), () -> true));
            dialog.getFooter().add(new Button(button.getTranslation("admin.close"), c -> dialog.close()));
            dialog.open();
        });
        return Optional.of(button);
    }
}
