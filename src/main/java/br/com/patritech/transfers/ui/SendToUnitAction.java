package br.com.patritech.transfers.ui;

import java.util.ArrayList;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.assets.ui.AssetSelectionAction;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferService;

/**
 * "Transferir para outra unidade" on the asset list's selection bar: a dialog for the destination, reason and note
 * that creates the transfer guide, then opens it. Offered to users who may transfer from some unit.
 */
@org.springframework.stereotype.Component
class SendToUnitAction implements AssetSelectionAction {

    private final TransferService transfers;

    SendToUnitAction(TransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> button(Selection selection) {
        if (!transfers.canSendAny()) {
            return Optional.empty();
        }
        Button button = new Button(VaadinIcon.EXCHANGE.create());
        button.setText(button.getTranslation("transfers.send"));
        button.setId("send-to-unit");
        button.addClickListener(e -> open(selection));
        return Optional.of(button);
    }

    private void open(Selection selection) {
        var ids = new ArrayList<>(selection.assetIds());
        ComboBox<TransferDetails.Place> destination = new ComboBox<>();
        destination.setId("send-destination");
        destination.setItems(transfers.destinations());
        destination.setItemLabelGenerator(TransferDetails.Place::label);
        TextField reason = new TextField();
        reason.setId("send-reason");
        reason.setMaxLength(500);
        TextArea note = new TextArea();
        note.setId("send-note");
        note.setMaxLength(2000);
        DecisionDialog dialog = new DecisionDialog(destination.getTranslation("transfers.send.title", ids.size()),
                destination.getTranslation("transfers.send.text"), "transfers.send.confirm", ButtonVariant.LUMO_PRIMARY,
                "transfers.send.stale",
                () -> transfers.create(new NewTransfer(ids, destination.getValue() == null ? null
                        : destination.getValue().unitId(), reason.getValue(), note.getValue())),
                created -> {
                    Notification.show(destination.getTranslation("transfers.created", created.number()));
                    selection.done();
                    TransfersNavigation.toGuide(created.id());
                });
        destination.setLabel(dialog.getTranslation("transfers.field.destination"));
        reason.setLabel(dialog.getTranslation("transfers.field.reason"));
        note.setLabel(dialog.getTranslation("transfers.field.note"));
        dialog.field("destinationUnitId", destination);
        dialog.field("reason", reason);
        dialog.field("note", note);
        dialog.setId("send-dialog");
        dialog.open();
    }
}
