package br.com.patritech.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.RowActions;
import br.com.patritech.base.ui.FormDialog.SaveEvent;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Rooms of one unit at a time; holders of ROOM_MANAGE in that unit (and administrators) change them. */
@Route(OrganizationNavigation.ROOMS)
@Menu(order = 55, title = "menu.rooms", icon = "vaadin:office")
@PermitAll
class RoomsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final Select<UnitSummary> unit = new Select<>();
    private final Grid<RoomSummary> grid = new Grid<>();
    private final RoomEditor editor = new RoomEditor();
    private final Button create = new Button(getTranslation("room.new"), VaadinIcon.PLUS.create());

    RoomsView(OrganizationService organization) {
        this.organization = organization;
        setId("rooms-view");
        setSizeFull();
        unit.setId("rooms-unit");
        unit.setLabel(getTranslation("rooms.unit"));
        unit.setPlaceholder(getTranslation("rooms.choose-unit"));
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        unit.setWidth("min(30rem, 100%)");
        unit.setItems(organization.visibleUnits());
        unit.addValueChangeListener(e -> refresh());
        create.setId("new-room");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> editor.openNew(getTranslation("room.new")));
        grid.setId("rooms-grid");
        grid.addColumn(RoomSummary::name).setHeader(getTranslation("room.name")).setAutoWidth(true);
        grid.addColumn(RoomSummary::description).setHeader(getTranslation("room.description"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        editor.addSaveListener(this::save);
        HorizontalLayout toolbar = new HorizontalLayout(unit, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("rooms.title")), toolbar, grid);
        unit.getListDataView().getItems().findFirst().ifPresent(unit::setValue);
        refresh();
    }

    private RowActions actions(RoomSummary room) {
        RowActions actions = new RowActions();
        if (organization.mayManageRooms(room.unitId())) {
            actions.add(RowActions.icon(VaadinIcon.EDIT, getTranslation("admin.edit.named", room.name()),
                    () -> editor.openEdit(getTranslation("room.edit"), room)));
            actions.add(RowActions.delete(room.name(), "delete-" + room.id(), () -> organization.roomInUse(room.id()),
                    getTranslation("room.delete.in-use", room.name()),
                    () -> organization.deleteRoom(room.id(), room.version()), this::refresh));
        }
        return actions;
    }

    private void save(SaveEvent<RoomSummary, RoomForm> event) {
        editor.saveWith(() -> {
            if (event.editing() == null) {
                organization.createRoom(unit.getValue().id(), event.form());
            } else {
                organization.updateRoom(event.editing().id(), event.editing().version(), event.form());
            }
        }, this::refresh);
    }

    private void refresh() {
        UnitSummary selected = unit.getValue();
        create.setVisible(selected != null && selected.active() && organization.mayManageRooms(selected.id()));
        grid.setItems(selected == null ? java.util.List.of() : organization.rooms(selected.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rooms.title");
    }
}
