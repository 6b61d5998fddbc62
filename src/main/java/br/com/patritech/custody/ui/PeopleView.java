package br.com.patritech.custody.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.FormDialog.SaveEvent;
import br.com.patritech.base.ui.RowActions;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonForm;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** /responsaveis: the people who answer for assets, of the units the user sees; paged and searched in SQL. */
@Route(CustodyNavigation.PEOPLE)
@Menu(order = 20, title = "menu.people", icon = "vaadin:user-card")
@PermitAll
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleService people;
    private final Grid<PersonSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final PersonEditor editor;
    private final Map<Long, String> unitCodes;

    PeopleView(PeopleService people, OrganizationService organization) {
        this.people = people;
        setId("people-view");
        setSizeFull();
        List<UnitSummary> units = organization.visibleUnits();
        unitCodes = units.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::code));
        editor = new PersonEditor(units.stream().filter(u -> people.mayManage(u.id())).toList());
        editor.addSaveListener(this::save);
        search.setId("people-search");
        search.setPlaceholder(getTranslation("people.search"));
        search.setAriaLabel(getTranslation("people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("person.new"), VaadinIcon.PLUS.create(),
                e -> editor.openNew(getTranslation("person.new")));
        create.setId("new-person");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(people.mayManageAny());
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        configureGrid();
        add(new H2(getTranslation("people.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.addColumn(PersonSummary::name).setHeader(getTranslation("person.name")).setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(PersonSummary::name);
        grid.addColumn(p -> br.com.patritech.base.Cpf.format(p.cpf())).setHeader(getTranslation("person.cpf"))
                .setAutoWidth(true);
        grid.addColumn(PersonSummary::registration).setHeader(getTranslation("person.registration")).setAutoWidth(true);
        grid.addColumn(p -> unitCodes.getOrDefault(p.unitId(), "")).setHeader(getTranslation("person.unit"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "person.active" : "person.inactive"))
                .setHeader(getTranslation("person.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemClickListener(e -> CustodyNavigation.toPerson(e.getItem().id()));
        grid.setItems(query -> people.find(search.getValue(), null, false, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, people.count(search.getValue(), null, false)));
    }

    private RowActions actions(PersonSummary person) {
        RowActions actions = new RowActions();
        actions.add(RowActions.icon(VaadinIcon.PACKAGE, getTranslation("person.assets.named", person.name()),
                () -> br.com.patritech.assets.ui.AssetsNavigation.toAssets(
                        br.com.patritech.assets.AssetFilter.all().withCustodian(person.id()))));
        if (people.mayManage(person.unitId())) {
            actions.add(RowActions.icon(VaadinIcon.EDIT, getTranslation("admin.edit.named", person.name()),
                    () -> editor.openEdit(getTranslation("person.edit"), person)));
        }
        return actions;
    }

    private void save(SaveEvent<PersonSummary, PersonForm> event) {
        editor.saveWith(() -> {
            if (event.editing() == null) {
                people.create(event.form());
            } else {
                people.update(event.editing().id(), event.editing().version(), event.form());
            }
        }, grid.getDataProvider()::refreshAll);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
