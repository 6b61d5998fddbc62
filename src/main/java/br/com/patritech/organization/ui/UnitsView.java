package br.com.patritech.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.RowActions;
import br.com.patritech.base.ui.FormDialog.SaveEvent;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Units the user may see; administrators create and delete, gestores with UNIT_MANAGE edit their own. */
@Route(OrganizationNavigation.UNITS)
@Menu(order = 50, title = "menu.units", icon = "vaadin:institution")
@PermitAll
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final Grid<UnitSummary> grid = new Grid<>();
    private final UnitEditor editor = new UnitEditor();

    UnitsView(OrganizationService organization) {
        this.organization = organization;
        setId("units-view");
        setSizeFull();
        Button create = new Button(getTranslation("unit.new"), VaadinIcon.PLUS.create(),
                e -> editor.openNew(getTranslation("unit.new")));
        create.setId("new-unit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(organization.mayCreateUnits());
        grid.setId("units-grid");
        grid.addColumn(UnitSummary::code).setHeader(getTranslation("unit.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnitSummary::name).setHeader(getTranslation("unit.name")).setAutoWidth(true)
                .setTooltipGenerator(UnitSummary::name);
        grid.addColumn(UnitSummary::address).setHeader(getTranslation("unit.address"))
                .setTooltipGenerator(u -> u.address() == null ? "" : u.address());
        grid.addColumn(u -> getTranslation(u.active() ? "unit.active" : "unit.inactive"))
                .setHeader(getTranslation("unit.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        editor.addSaveListener(this::save);
        add(new H2(getTranslation("units.title")), create, grid);
        refresh();
    }

    private RowActions actions(UnitSummary unit) {
        Button assets = RowActions.icon(VaadinIcon.PACKAGE, getTranslation("unit.assets.named", unit.code()),
                () -> OrganizationNavigation.toUnitAssets(unit.id()));
        Button edit = RowActions.icon(VaadinIcon.EDIT, getTranslation("admin.edit.named", unit.code()),
                () -> editor.openEdit(getTranslation("unit.edit"), unit));
        edit.setVisible(organization.mayEditUnit(unit.id()));
        RowActions actions = new RowActions(assets, edit);
        if (organization.mayCreateUnits()) {
            actions.add(RowActions.delete(unit.code(), "delete-" + unit.id(), () -> organization.unitInUse(unit.id()),
                    getTranslation("unit.delete.in-use", unit.code()),
                    () -> organization.deleteUnit(unit.id(), unit.version()), this::refresh));
        }
        return actions;
    }

    private void save(SaveEvent<UnitSummary, UnitForm> event) {
        editor.saveWith(() -> {
            if (event.editing() == null) {
                organization.createUnit(event.form());
            } else {
                organization.updateUnit(event.editing().id(), event.editing().version(), event.form());
            }
        }, this::refresh);
    }

    private void refresh() {
        grid.setItems(organization.visibleUnits());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
