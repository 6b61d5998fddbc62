package br.com.patritech.organization.ui;

import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.base.ui.FormDialog;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.RoomSummary;

/** Name (unique within the unit) and description of a room. */
class RoomEditor extends FormDialog<RoomSummary, RoomForm> {

    private final TextField name = errors.field("name", new TextField(getTranslation("room.name")));
    private final TextField description = errors.field("description", new TextField(getTranslation("room.description")));

    RoomEditor() {
        super("room-editor");
        name.setId("room-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        description.setId("room-description");
        description.setMaxLength(300);
        addFields(name, description);
    }

    @Override
    protected void fill(RoomSummary room) {
        name.setValue(room == null ? "" : room.name());
        description.setValue(room == null || room.description() == null ? "" : room.description());
    }

    @Override
    protected RoomForm read() {
        return new RoomForm(name.getValue(), description.getValue());
    }
}
