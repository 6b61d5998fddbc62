package br.com.patritech.assets.ui;

import org.springframework.beans.factory.annotation.Value;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.organization.ui.OrganizationNavigation;

/** /unidades/{id}/bens: one unit's assets grouped by room, with a room filter; a row opens the asset. */
@Route(OrganizationNavigation.UNIT_ASSETS)
@PermitAll
class UnitAssetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssetService assets;
    private final OrganizationService organization;
    private final java.util.List<AssetListColumn> listColumns;
    private final int scrollRows;
    private String title = "";

    UnitAssetsView(AssetService assets, OrganizationService organization, java.util.List<AssetListColumn> listColumns,
                   @Value("${patritech.assets.grid-scroll-rows:100000}") int scrollRows) {
        this.scrollRows = scrollRows;
        this.assets = assets;
        this.listColumns = listColumns;
        this.organization = organization;
        setId("unit-assets-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId = event.getRouteParameters().getLong("id").orElse(-1L);
        UnitSummary unit = organization.visibleUnits().stream().filter(u -> u.id() == unitId).findFirst().orElse(null);
        if (unit == null) {
            event.forwardTo(AssetsView.class);
            return;
        }
        title = getTranslation("unit-assets.title", unit.code() + " - " + unit.name());
        AssetGrid grid = new AssetGrid(assets, true, listColumns, scrollRows);
        grid.addItemClickListener(e -> AssetsNavigation.toAsset(e.getItem().id()));
        Keyboard.openRowsOnEnter(grid);
        Span totals = new Span();
        totals.setId("asset-totals");
        ComboBox<RoomSummary> room = new ComboBox<>(getTranslation("filter.room"));
        room.setId("filter-room");
        room.setPlaceholder(getTranslation("unit-assets.all-rooms"));
        room.setClearButtonVisible(true);
        room.setItems(organization.rooms(unitId));
        room.setItemLabelGenerator(RoomSummary::name);
        room.addValueChangeListener(e -> show(grid, totals,
                AssetFilter.all().withUnit(unitId).withRoom(e.getValue() == null ? null : e.getValue().id())));
        show(grid, totals, AssetFilter.all().withUnit(unitId));
        removeAll();
        add(new H2(title), room, totals, grid);
        setFlexGrow(1, grid);
    }

    private void show(AssetGrid grid, Span totals, AssetFilter filter) {
        grid.setFilter(filter);
        grid.showTotals(totals);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
