package br.com.patritech.assets.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Move to another unit and/or room, with a note for the history. */
class TransferDialog extends ActionDialog<MoveRequest> {

    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<RoomSummary> room = new ComboBox<>();
    private final TextArea note = new TextArea();

    TransferDialog(AssetDetails asset, AssetService assets, OrganizationService organization,
                   Consumer<AssetDetails> onDone) {
        super("transfer.confirm", ButtonVariant.LUMO_PRIMARY,
                request -> assets.transfer(asset.id(), asset.version(), request), onDone);
        setHeaderTitle(getTranslation("transfer.title", asset.tombo()));
        unit.setLabel(getTranslation("asset.field.unit"));
        unit.setId("transfer-unit");
        // An inactive unit takes in no assets (the service refuses too); the asset's own unit stays for a room change.
        unit.setItems(organization.visibleUnits().stream().filter(u -> u.active() || u.id() == asset.unitId()).toList());
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        room.setLabel(getTranslation("asset.field.room"));
        room.setId("transfer-room");
        room.setItemLabelGenerator(RoomSummary::name);
        room.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> {
            room.clear();
            room.setItems(e.getValue() == null ? List.of() : organization.rooms(e.getValue().id()));
        });
        organization.visibleUnits().stream().filter(u -> u.id() == asset.unitId()).findFirst().ifPresent(unit::setValue);
        note.setLabel(getTranslation("transfer.note"));
        note.setId("transfer-note");
        field("unitId", Keyboard.pickByTyping(unit));
        field("roomId", Keyboard.pickByTyping(room));
        field("note", note);
    }

    @Override
    protected MoveRequest request() {
        return new MoveRequest(unit.getValue() == null ? null : unit.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(), note.getValue());
    }
}
