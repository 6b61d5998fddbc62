package br.com.patritech.custody.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import br.com.patritech.assets.ui.AssetSelectionAction.Selection;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.TermSummary;

/** Confirms that the ticked assets return from their responsible people; one termo de devolução per person. */
class GiveBackDialog extends Dialog {

    private final FormErrors errors = new FormErrors();

    GiveBackDialog(CustodyService custody, Selection selection) {
        setId("custody-give-back-dialog");
        setHeaderTitle(getTranslation("custody.give-back.title"));
        setWidth("min(32rem, 95vw)");
        add(errors.message(), new Paragraph(getTranslation("custody.give-back.text", selection.assetIds().size())));
        Button confirm = new Button(getTranslation("custody.give-back"), e -> {
            errors.clear();
            try {
                List<TermSummary> issued = custody.giveBack(selection.assetIds());
                close();
                Notification.show(getTranslation("custody.give-back.done",
                        String.join(", ", issued.stream().map(TermSummary::number).toList())));
                selection.done();
            } catch (RuntimeException refusal) {
                errors.show(refusal);
            }
        });
        confirm.setId("custody-give-back-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        cancel.setId("custody-give-back-cancel");
        getFooter().add(cancel, confirm);
    }
}
