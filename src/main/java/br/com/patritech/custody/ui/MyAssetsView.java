package br.com.patritech.custody.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.custody.CustodyReads;
import br.com.patritech.custody.CustodyReads.HeldAsset;
import br.com.patritech.custody.CustodyReads.MyCustody;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermSummary;

/**
 * /meus-bens: for a user linked to a responsible person, the assets in their custody and the terms waiting for
 * them, each accepted with one tap (time and user recorded). Laid out as cards, so it reads well on a phone.
 */
@Route(CustodyNavigation.MY_ASSETS)
@Menu(order = 5, title = "menu.my-assets", icon = "vaadin:clipboard-user")
@PermitAll
class MyAssetsView extends VerticalLayout implements HasDynamicTitle {

    private final CustodyReads custody;
    private final TermService terms;

    MyAssetsView(CustodyReads custody, TermService terms) {
        this.custody = custody;
        this.terms = terms;
        setId("my-assets-view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("my-assets.title")));
        custody.mine().ifPresentOrElse(this::show, () -> {
            Paragraph none = new Paragraph(getTranslation("my-assets.not-linked"));
            none.setId("my-assets-not-linked");
            add(none);
        });
    }

    private void show(MyCustody mine) {
        add(new Paragraph(getTranslation("my-assets.intro", mine.person().name())));
        if (!mine.waiting().isEmpty()) {
            add(new H3(getTranslation("my-assets.waiting")));
            mine.waiting().forEach(term -> add(waitingCard(term)));
        }
        add(new H3(getTranslation("my-assets.held", mine.assets().size())));
        Grid<HeldAsset> grid = new Grid<>();
        grid.setId("my-assets-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(HeldAsset::tombo).setHeader(getTranslation("asset.field.tombo")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HeldAsset::name).setHeader(getTranslation("asset.field.name")).setFlexGrow(1);
        grid.addColumn(a -> a.pending() ? getTranslation("term.state.pending") : getTranslation("term.state.accepted"))
                .setHeader(getTranslation("term.state")).setAutoWidth(true);
        grid.setItems(mine.assets());
        add(grid);
    }

    private Div waitingCard(TermSummary term) {
        Div card = new Div();
        card.setId("waiting-" + term.number());
        card.addClassName("term-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        Span what = new Span(getTranslation("my-assets.term", term.number(), term.itemCount(),
                Formats.money(term.total(), getLocale()), Formats.dateTime(term.issuedAt(), getLocale())));
        Button accept = new Button(getTranslation("term.accept"), VaadinIcon.CHECK.create(),
                e -> ConfirmAction.ask(getTranslation("term.accept"), getTranslation("term.accept.confirm", term.number()),
                        getTranslation("term.accept"), () -> terms.accept(term.id(), term.version()),
                        getTranslation("term.accept.done"), this::show));
        accept.setId("accept-" + term.number());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(TermLinks.download(terms, term, getLocale()), accept);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        card.add(what, actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-assets.title");
    }
}
