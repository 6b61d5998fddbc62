package br.com.patritech.assets.ui;

import org.springframework.beans.factory.annotation.Value;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;

/** /bens: search and filter every asset the user may see, with the active value of what is shown. */
@Route(AssetsNavigation.LIST)
@Menu(order = 10, title = "menu.assets", icon = "vaadin:package")
@PermitAll
class AssetsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AssetService assets;
    private final AssetGrid grid;
    private final Span totals = new Span();
    private final AssetFilterBar filters;
    private final java.util.List<Runnable> listChanged = new java.util.ArrayList<>();
    private boolean restoring;

    AssetsView(AssetService assets, OrganizationService organization, CatalogService catalog,
               java.util.List<AssetSelectionAction> selectionActions, java.util.List<AssetListAction> listActions,
               java.util.List<AssetListColumn> listColumns,
               @Value("${patritech.assets.grid-scroll-rows:100000}") int scrollRows) {
        this.assets = assets;
        setId("assets-view");
        setSizeFull();
        grid = new AssetGrid(assets, false, listColumns, scrollRows);
        grid.addItemClickListener(e -> AssetsNavigation.toAsset(e.getItem().id()));
        Keyboard.openRowsOnEnter(grid);
        // A virtual grid prints only the rows on screen: show them all while printing (a few thousand at most).
        grid.getElement().executeJs("""
                window.addEventListener('beforeprint', () => { if (this.size <= 2000) this.allRowsVisible = true; });
                window.addEventListener('afterprint', () => { this.allRowsVisible = false; });""");
        grid.addSortListener(e -> writeUrl());
        filters = new AssetFilterBar(organization, catalog, this::applyFilter);
        totals.setId("asset-totals");

        Button create = new Button(getTranslation("assets.new"), VaadinIcon.PLUS.create(),
                e -> AssetsNavigation.toNewAsset());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-asset");
        create.setVisible(assets.canRegisterAny());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("assets.title")), create);
        header.setWidthFull();
        header.addClassName("view-header");
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        add(header, filters, totalsRow(listActions));
        new AssetSelectionBar(grid, selectionActions, this::refresh).addTo(this);
        add(grid);
        setFlexGrow(1, grid);
        showTotals();
    }

    /** The totals, and what other features offer to do with the whole list (export), wrapping on a phone. */
    private HorizontalLayout totalsRow(java.util.List<AssetListAction> listActions) {
        HorizontalLayout row = new HorizontalLayout(totals);
        row.setWidthFull();
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        AssetListAction.ListState state = new AssetListAction.ListState() {
            @Override
            public AssetFilter filter() {
                return grid.filter();
            }

            @Override
            public java.util.List<br.com.patritech.assets.AssetSort> sort() {
                return grid.sorts();
            }

            @Override
            public void whenChanged(Runnable listener) {
                listChanged.add(listener);
            }
        };
        listActions.forEach(a -> a.component(state).ifPresent(row::add));
        return row;
    }

    /** The URL's query is the list's state: Back, reload and bookmarks show the same list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AssetListQuery query = AssetListQuery.from(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            filters.show(query.filter());
            grid.sortBy(query.sort());
            grid.setFilter(query.filter());
        } finally {
            restoring = false;
        }
        showTotals();
        AssetsNavigation.rememberList(query.toQueryParameters());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotals();
    }

    private void applyFilter(AssetFilter filter) {
        grid.setFilter(filter);
        showTotals();
        writeUrl();
    }

    /** Replaces (not pushes) the address, so Back leaves the list instead of undoing each keystroke. */
    private void writeUrl() {
        if (restoring) {
            return;
        }
        QueryParameters query = new AssetListQuery(grid.filter(), grid.sortSpec()).toQueryParameters();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(AssetsNavigation.LIST, query));
        AssetsNavigation.rememberList(query);
    }

    private void showTotals() {
        grid.showTotals(totals);
        listChanged.forEach(Runnable::run);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assets.title");
    }
}
