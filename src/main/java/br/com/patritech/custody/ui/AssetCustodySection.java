package br.com.patritech.custody.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteConfiguration;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.ui.AssetPageSection;
import br.com.patritech.custody.CustodyReads;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermService.TermFilter;

/** On the asset page: who answers for it now (with the term and whether it is pending) and every term listing it. */
@org.springframework.stereotype.Component
class AssetCustodySection implements AssetPageSection {

    private final CustodyReads custody;
    private final TermService terms;

    AssetCustodySection(CustodyReads custody, TermService terms) {
        this.custody = custody;
        this.terms = terms;
    }

    @Override
    public Optional<Component> section(AssetDetails asset) {
        VerticalLayout section = new VerticalLayout();
        section.setId("asset-custody");
        section.setPadding(false);
        section.add(new H3(section.getTranslation("asset.custody")));
        Span holder = new Span();
        holder.setId("asset-custodian");
        custody.ofAsset(asset.id()).ifPresentOrElse(c -> {
            String href = RouteConfiguration.forSessionScope().getUrl(PersonView.class,
                    new RouteParameters("id", String.valueOf(c.personId())));
            Anchor person = new Anchor(href, c.personLabel());
            person.setId("asset-custodian-link");
            holder.add(person, new Span(" · " + section.getTranslation(c.pending() ? "asset.custody.pending"
                    : "asset.custody.accepted", c.termNumber())));
        }, () -> holder.setText(section.getTranslation("asset.custody.none")));
        section.add(holder);
        TermFilter filter = new TermFilter(null, asset.id(), null, null);
        if (terms.count(filter) > 0) {
            var grid = TermGrids.create(terms, com.vaadin.flow.component.UI.getCurrent().getLocale(), () -> { });
            grid.setId("asset-terms");
            grid.setItems(terms.find(filter, 0, 50));
            section.add(grid);
        }
        return Optional.of(section);
    }
}
