package br.com.patritech.assets.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.assets.AssetTotals;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.base.ui.WindowWidth;

/** Lazy asset list: every scroll asks the database for one page, sorted and filtered there. */
class AssetGrid extends Grid<AssetRow> {

    private final AssetService service;
    private final List<AssetListColumn.PageColumn> featureColumns;
    private final java.util.Map<AssetListColumn.PageColumn, Column<AssetRow>> featureColumnsShown =
            new java.util.LinkedHashMap<>();
    private AssetFilter filter = AssetFilter.all();
    /** The totals on screen and the filter they belong to: a fetch of the same filter need not count again. */
    private AssetTotals shownTotals;
    private AssetFilter shownTotalsFilter;
    private final int scrollRows;

    /**
     * With the columns other features add (decision 0008); each hears about every fetched page. The scroll bar spans
     * at most {@code scrollRows} rows ({@code patritech.assets.grid-scroll-rows}) and grows as the user scrolls on.
     */
    AssetGrid(AssetService service, boolean roomFirst, List<AssetListColumn> columns, int scrollRows) {
        this.service = service;
        this.scrollRows = scrollRows;
        setId("asset-grid");
        if (roomFirst) {
            Column<AssetRow> room = addColumn(r -> r.roomName() == null ? getTranslation("asset.no-room") : r.roomName())
                    .setHeader(getTranslation("asset.field.room")).setSortProperty(AssetSortKey.ROOM.apiName()).setAutoWidth(true);
            sort(List.of(new GridSortOrder<>(room, SortDirection.ASCENDING)));
        }
        addColumn(AssetRow::tombo).setHeader(getTranslation("asset.field.tombo")).setSortProperty(AssetSortKey.TOMBO.apiName())
                .setWidth("9rem").setFlexGrow(0);
        addColumn(AssetRow::name).setHeader(getTranslation("asset.field.name")).setSortProperty(AssetSortKey.NAME.apiName()).setFlexGrow(2);
        addColumn(AssetRow::categoryName).setHeader(getTranslation("asset.field.category")).setSortProperty(AssetSortKey.CATEGORY.apiName());
        if (!roomFirst) {
            addColumn(AssetRow::unitCode).setHeader(getTranslation("asset.field.unit")).setSortProperty(AssetSortKey.UNIT.apiName());
            addColumn(AssetRow::roomName).setHeader(getTranslation("asset.field.room")).setSortProperty(AssetSortKey.ROOM.apiName());
        }
        addColumn(r -> Formats.money(r.acquisitionValue(), getLocale()))
                .setHeader(getTranslation("asset.field.acquisitionValue")).setSortProperty(AssetSortKey.VALUE.apiName())
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(new ComponentRenderer<>(r -> new StatusBadge(r.status())))
                .setHeader(getTranslation("asset.field.status")).setSortProperty(AssetSortKey.STATUS.apiName()).setAutoWidth(true);
        featureColumns = columns.stream().flatMap(c -> c.forCurrentUser().stream()).toList();
        featureColumns.forEach(c -> featureColumnsShown.put(c, c.addTo(this)));
        setMultiSort(true, true);
        setItems(query -> {
            List<AssetSort> sort = query.getSortOrders().stream()
                    .map(o -> new AssetSort(AssetSortKey.fromApiName(o.getSorted()).orElseThrow(), o.getDirection() == SortDirection.ASCENDING))
                    .filter(o -> !broadSearch() || o.key().servesBroadSearch()).toList();
            List<AssetRow> page = filter.equals(shownTotalsFilter)
                    ? service.find(filter, sort, query.getOffset(), query.getLimit(), shownTotals)
                    : service.find(filter, sort, query.getOffset(), query.getLimit());
            featureColumns.forEach(c -> c.pageLoaded(page));
            return page.stream();
        });
        addSortListener(e -> refuseSortsABroadSearchCannotServe());
        setEmptyStateText(getTranslation("assets.empty"));
        fitColumnsToContent();
    }

    /** Money and badges never cut; long names say all in a tooltip; the secondary columns give way on a phone. */
    private void fitColumnsToContent() {
        // "Valor" says enough above "R$ 4.899,90"; the long label cut the header and squeezed the column.
        // A fixed width: auto width measures only the first rows and cut later ones ("R$ 108.2…").
        column(AssetSortKey.VALUE).ifPresent(c -> c.setHeader(getTranslation("asset.column.value")).setAutoWidth(false)
                .setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(r -> Formats.money(r.acquisitionValue(), getLocale())));
        column(AssetSortKey.STATUS).ifPresent(c -> c.setAutoWidth(true).setFlexGrow(0));
        column(AssetSortKey.NAME).ifPresent(c -> c.setTooltipGenerator(AssetRow::name));
        column(AssetSortKey.CATEGORY).ifPresent(c -> c.setTooltipGenerator(AssetRow::categoryName));
        column(AssetSortKey.ROOM).ifPresent(c -> c.setTooltipGenerator(r -> r.roomName() == null ? "" : r.roomName()));
        WindowWidth.track(this, this::fitWidth);
    }

    /** Phone: tombo, name and value; tablet: also category and status; wider: everything. */
    void fitWidth(int pixels) {
        boolean phone = pixels < 700;
        column(AssetSortKey.TOMBO).ifPresent(c -> c.setWidth(phone ? "5.75rem" : "9rem").setTooltipGenerator(AssetRow::tombo));
        column(AssetSortKey.VALUE).ifPresent(c -> c.setWidth(phone ? "8.75rem" : "10rem"));
        // The name takes what is left: its default 100px minimum pushed the value past the edge beside the check
        // boxes on a 390px phone ("R$ 1.50…"); a smaller minimum lets it give way instead.
        column(AssetSortKey.NAME).ifPresent(c -> c.setWidth(phone ? "3rem" : "100px"));
        column(AssetSortKey.CATEGORY).ifPresent(c -> c.setVisible(pixels >= 700));
        column(AssetSortKey.STATUS).ifPresent(c -> c.setVisible(pixels >= 700));
        column(AssetSortKey.UNIT).ifPresent(c -> c.setVisible(pixels >= 1000));
        column(AssetSortKey.ROOM).ifPresent(c -> c.setVisible(pixels >= 1000 || getColumns().get(0) == c));
        featureColumnsShown.forEach((feature, c) -> c.setVisible(pixels >= feature.minimumWindowWidth()));
    }

    private java.util.Optional<Column<AssetRow>> column(AssetSortKey key) {
        return column(key.apiName());
    }

    private java.util.Optional<Column<AssetRow>> column(String sortProperty) {
        return getColumns().stream().filter(c -> c.getSortOrder(SortDirection.ASCENDING)
                .anyMatch(q -> q.getSorted().equals(sortProperty))).findFirst();
    }

    /** The sort as the URL writes it: keys by priority, "-" for descending ({@code -value,name}). */
    String sortSpec() {
        return getSortOrder().stream().flatMap(o -> o.getSorted().getSortOrder(o.getDirection())
                        .map(q -> (q.getDirection() == SortDirection.DESCENDING ? "-" : "") + q.getSorted()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The sort on screen, as the service takes it. */
    List<AssetSort> sorts() {
        return getSortOrder().stream().flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .flatMap(q -> AssetSortKey.fromApiName(q.getSorted()).stream()
                        .map(k -> new AssetSort(k, q.getDirection() == SortDirection.ASCENDING))).toList();
    }

    /** Sorts by a {@link #sortSpec()}; unknown keys are skipped. */
    void sortBy(String spec) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        List<GridSortOrder<AssetRow>> orders = new java.util.ArrayList<>();
        for (String part : spec.split(",")) {
            boolean descending = part.startsWith("-");
            String key = descending ? part.substring(1) : part;
            column(key).ifPresent(c -> orders.add(new GridSortOrder<>(c,
                            descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        }
        sort(orders);
    }

    /**
     * Shows the totals of the current filter in {@code line} and sizes the scroll bar by them. The grid never asks
     * for an exact count (a text search would have to count every match): it pages with an estimate, exact when the
     * totals are, and grows past it as the user scrolls when more than the limit match.
     */
    void showTotals(com.vaadin.flow.component.html.Span line) {
        AssetTotals t = service.totals(filter);
        shownTotals = t;
        shownTotalsFilter = filter;
        refuseSortsABroadSearchCannotServe();
        line.setText(t.exact() ? getTranslation("assets.totals", t.count(), Formats.money(t.activeValue(), getLocale()))
                : getTranslation("assets.totals.more-than", t.count()));
        getLazyDataView().setItemCountUnknown();
        if (t.count() > 0) {
            // Vaadin's grid sized for 1,000,000 rows leaves a jump deep into it blank (vaadin/flow#6261; measured in
            // GridBrowserBenchmark): past scrollRows the scroll bar grows as the user scrolls, the line stays exact.
            getLazyDataView().setItemCountEstimate((int) Math.min(t.count(), scrollRows));
        }
    }

    /** A text search with more matches than its totals count: listed newest first, or by id, tombo or creation. */
    private boolean broadSearch() {
        return filter.equals(shownTotalsFilter) && filter.search() != null && !filter.search().isBlank()
                && !shownTotals.exact();
    }

    /** Decision 0020: the sort is taken back, and the user told why, rather than shown while not applied. */
    private void refuseSortsABroadSearchCannotServe() {
        if (broadSearch() && sorts().stream().anyMatch(o -> !o.key().servesBroadSearch())) {
            sort(null);
            Notification notice = Notification.show(getTranslation("assets.search.broad-sort",
                    service.searchTotalsLimit()), 6000, Notification.Position.BOTTOM_START);
            notice.setId("broad-search-sort-notice");
        }
    }

    AssetFilter filter() {
        return filter;
    }

    void setFilter(AssetFilter filter) {
        this.filter = filter;
        getDataProvider().refreshAll();
    }
}
