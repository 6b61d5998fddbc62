package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.inventory.LabelRequest;
import br.com.patritech.inventory.LabelService;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Labels for a whole unit or one of its rooms (the asset list's selection has its own button). */
@Route(InventoryNavigation.LABELS)
@PermitAll
class LabelsView extends VerticalLayout implements HasDynamicTitle {

    LabelsView(LabelService labels, OrganizationService organization) {
        setId("labels-view");
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("labels.unit"));
        unit.setId("labels-unit");
        unit.setItems(organization.visibleUnits());
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        unit.setWidth("min(100%, 28rem)");
        ComboBox<RoomSummary> room = new ComboBox<>(getTranslation("labels.room"));
        room.setId("labels-room");
        room.setItemLabelGenerator(RoomSummary::name);
        room.setClearButtonVisible(true);
        room.setWidth("min(100%, 28rem)");
        LabelOptions options = new LabelOptions(labels, () -> room.getValue() != null
                ? new LabelRequest(null, null, room.getValue().id(), null, 1)
                : new LabelRequest(null, unit.getValue() == null ? null : unit.getValue().id(), null, null, 1));
        unit.addValueChangeListener(e -> {
            room.clear();
            room.setItems(e.getValue() == null ? java.util.List.of() : organization.rooms(e.getValue().id()));
            options.refresh();
        });
        room.addValueChangeListener(e -> options.refresh());
        add(new H2(getTranslation("labels.title")), unit, room, options);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("labels.title");
    }
}
