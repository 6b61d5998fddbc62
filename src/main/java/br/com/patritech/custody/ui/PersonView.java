package br.com.patritech.custody.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.ui.AssetsNavigation;
import br.com.patritech.base.Cpf;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermService.TermFilter;

/** /responsaveis/{id}: one person, their assets and every term issued to them, each downloadable. */
@Route(CustodyNavigation.PERSON)
@PermitAll
class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeopleService people;
    private final TermService terms;
    private String title = "";

    PersonView(PeopleService people, TermService terms) {
        this.people = people;
        this.terms = terms;
        setId("person-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(people.get(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("person.not-found")), back());
        }
    }

    private void show(PersonSummary person) {
        removeAll();
        title = person.name();
        FormLayout details = new FormLayout();
        details.setId("person-details");
        item(details, "person.cpf", Cpf.format(person.cpf()));
        item(details, "person.registration", person.registration());
        item(details, "person.position", person.position());
        item(details, "person.email", person.email());
        item(details, "person.status", getTranslation(person.active() ? "person.active" : "person.inactive"));
        item(details, "person.account", getTranslation(person.linkedToAccount() ? "person.account.linked"
                : "person.account.none-linked"));
        Button assets = new Button(getTranslation("person.assets"), VaadinIcon.PACKAGE.create(),
                e -> AssetsNavigation.toAssets(AssetFilter.all().withCustodian(person.id())));
        assets.setId("person-assets");
        HorizontalLayout bar = new HorizontalLayout(back(), assets);
        bar.setWrap(true);
        if (people.mayManage(person.unitId())) {
            String key = person.active() ? "person.deactivate" : "person.activate";
            Button toggle = new Button(getTranslation(key), e -> ConfirmAction.ask(getTranslation(key),
                    getTranslation(key + ".confirm", person.name()), getTranslation(key),
                    () -> show(people.setActive(person.id(), person.version(), !person.active())),
                    getTranslation("admin.saved"), () -> { }));
            toggle.setId("person-toggle-active");
            bar.add(toggle);
        }
        add(new H2(title), bar, details, new H3(getTranslation("terms.title")), termsGrid(person));
    }

    private Grid<br.com.patritech.custody.TermSummary> termsGrid(PersonSummary person) {
        Grid<br.com.patritech.custody.TermSummary> grid = TermGrids.create(terms, getLocale(), this::refreshTerms);
        grid.setId("person-terms");
        grid.setItems(q -> terms.find(new TermFilter(person.id(), null, null, null), q.getOffset(), q.getLimit()).stream(),
                q -> (int) terms.count(new TermFilter(person.id(), null, null, null)));
        return grid;
    }

    private void refreshTerms() {
        getChildren().filter(c -> c instanceof Grid<?>).map(c -> (Grid<?>) c)
                .forEach(g -> g.getDataProvider().refreshAll());
    }

    private Button back() {
        Button back = new Button(getTranslation("people.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> CustodyNavigation.toPeople());
        back.setId("back-to-people");
        return back;
    }

    private void item(FormLayout form, String key, String value) {
        form.addFormItem(new Span(value == null || value.isBlank() ? "—" : value), getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
