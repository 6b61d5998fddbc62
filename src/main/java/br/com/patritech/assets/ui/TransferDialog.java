package br.com.patritech.assets.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;

/**
 * Move to another room of the asset's unit, with a note for the history. Another unit is reached by a transfer
 * guide from the asset list (decision 0010), which the dialog points to.
 */
class TransferDialog extends ActionDialog<MoveRequest> {

    private final ComboBox<RoomSummary> room = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final long unitId;

    TransferDialog(AssetDetails asset, AssetService assets, OrganizationService organization,
                   Consumer<AssetDetails> onDone) {
        super("transfer.confirm", ButtonVariant.LUMO_PRIMARY,
                request -> assets.transfer(asset.id(), asset.version(), request), onDone);
        this.unitId = asset.unitId();
        setHeaderTitle(getTranslation("transfer.title", asset.tombo()));
        Paragraph where = new Paragraph(getTranslation("transfer.same-unit", asset.unitCode() + " - " + asset.unitName()));
        where.setId("transfer-unit");
        room.setLabel(getTranslation("asset.field.room"));
        room.setId("transfer-room");
        room.setItemLabelGenerator(RoomSummary::name);
        room.setClearButtonVisible(true);
        room.setItems(organization.rooms(unitId));
        note.setLabel(getTranslation("transfer.note"));
        note.setId("transfer-note");
        form().addComponentAsFirst(where);
        field("roomId", Keyboard.pickByTyping(room));
        field("note", note);
    }

    @Override
    protected MoveRequest request() {
        return new MoveRequest(unitId, room.getValue() == null ? null : room.getValue().id(), note.getValue());
    }
}
