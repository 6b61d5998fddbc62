package br.com.patritech.assets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetTotals;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;

/** /bens: search and filter every asset the user may see, with the active value of what is shown. */
@Route("bens")
@Menu(order = 10, title = "menu.assets", icon = "vaadin:package")
@PermitAll
class AssetsView extends VerticalLayout implements HasDynamicTitle {

    private final AssetService assets;
    private final AssetGrid grid;
    private final Span totals = new Span();

    AssetsView(AssetService assets, OrganizationService organization, CatalogService catalog) {
        this.assets = assets;
        setId("assets-view");
        setSizeFull();
        grid = new AssetGrid(assets, false);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("bens/" + e.getItem().id()));
        AssetFilterBar filters = new AssetFilterBar(organization, catalog, this::applyFilter);
        totals.setId("asset-totals");

        Button create = new Button(getTranslation("assets.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("bens/novo"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-asset");
        create.setVisible(assets.canRegisterAny());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("assets.title")), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        add(header, filters, totals, grid);
        setFlexGrow(1, grid);
        showTotals();
    }

    private void applyFilter(AssetFilter filter) {
        grid.setFilter(filter);
        showTotals();
    }

    private void showTotals() {
        AssetTotals t = assets.totals(grid.filter());
        totals.setText(getTranslation("assets.totals", t.count(), Formats.money(t.activeValue(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assets.title");
    }
}
