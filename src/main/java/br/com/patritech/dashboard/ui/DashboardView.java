package br.com.patritech.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetStatistics.Group;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Classification;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.assets.ui.AssetsNavigation;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.dashboard.DashboardService;
import br.com.patritech.transfers.ui.TransfersNavigation;
import br.com.patritech.depreciation.BookValues;
import br.com.patritech.dashboard.DashboardService.Dashboard;

/** The landing page: totals, value by unit, counts by status and classification, latest assets. */
@Route(DashboardNavigation.DASHBOARD)
@Menu(order = 0, title = "menu.dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(DashboardService service, BookValues bookValues) {
        setId("dashboard-view");
        Dashboard d = service.dashboard();
        var a = d.assets();
        BookValues.Totals book = bookValues.totals();
        FlexLayout figures = wrap(
                figure("figure-total-assets", "dashboard.total-assets", String.format(getLocale(), "%,d", a.totalAssets())),
                figure("figure-units", "dashboard.units", String.valueOf(d.units())),
                figure("figure-categories", "dashboard.categories", String.valueOf(d.categories())),
                figure("figure-active-value", "dashboard.active-value", Formats.money(a.activeValue(), getLocale())),
                waitingTransfers(d.transfersWaiting()),
                figure("figure-book-value", "depreciation.dashboard.book-value", book.asOf() == null
                        ? getTranslation("depreciation.not-closed")
                        : Formats.money(book.bookValue(), getLocale()) + " · " + book.asOf()));
        FlexLayout charts = wrap(
                new BarChart<>(getTranslation("dashboard.by-category"), a.byCategory(), Group::key,
                        Group::activeCount, g -> String.valueOf(g.activeCount())),
                new BarChart<>(getTranslation("dashboard.by-unit"), a.byUnit(), Group::key,
                        g -> g.activeValue().doubleValue(), g -> Formats.money(g.activeValue(), getLocale())),
                new BarChart<>(getTranslation("dashboard.by-status"), a.byStatus(),
                        g -> EnumLabels.of(AssetStatus.valueOf(g.key())), Group::count, g -> String.valueOf(g.count())),
                new BarChart<>(getTranslation("dashboard.by-classification"), a.byClassification(),
                        g -> EnumLabels.of(Classification.valueOf(g.key())), Group::count,
                        g -> String.valueOf(g.count())));
        add(new H2(getTranslation("dashboard.title")), figures, charts, new H3(getTranslation("dashboard.recent")),
                recent(a.mostRecent()));
    }

    private Div figure(String id, String labelKey, String value) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("figure-card");
        Span figure = new Span(value);
        figure.addClassName("figure");
        card.add(new Div(getTranslation(labelKey)), figure);
        return card;
    }

    /** Guides the user could accept or refuse now; a click opens the transfer list. */
    private Div waitingTransfers(long count) {
        Div card = figure("figure-transfers-waiting", "dashboard.transfers-waiting", String.valueOf(count));
        card.addClickListener(e -> TransfersNavigation.toList());
        card.getStyle().set("cursor", "pointer");
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().addEventListener("keydown", e -> TransfersNavigation.toList()).setFilter("event.key === 'Enter'");
        return card;
    }

    private static FlexLayout wrap(com.vaadin.flow.component.Component... components) {
        FlexLayout layout = new FlexLayout(components);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setWidthFull();
        layout.getStyle().set("gap", "var(--lumo-space-m)");
        return layout;
    }

    private Grid<AssetRow> recent(java.util.List<AssetRow> rows) {
        Grid<AssetRow> grid = new Grid<>();
        grid.setId("recent-assets");
        grid.addColumn(AssetRow::tombo).setHeader(getTranslation("asset.field.tombo")).setAutoWidth(true);
        grid.addColumn(AssetRow::name).setHeader(getTranslation("asset.field.name")).setTooltipGenerator(AssetRow::name);
        grid.addColumn(AssetRow::unitCode).setHeader(getTranslation("asset.field.unit"));
        grid.addColumn(r -> Formats.money(r.acquisitionValue(), getLocale()))
                .setHeader(getTranslation("asset.field.acquisitionValue")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Span badge = new Span(EnumLabels.of(r.status() == AssetStatus.BAIXADO ? AssetStatus.BAIXADO : AssetStatus.ATIVO)
                    .toUpperCase(getLocale()));
            badge.addClassNames("status-badge", r.status() == AssetStatus.BAIXADO ? "baixado" : "ativo");
            return badge;
        })).setHeader(getTranslation("asset.field.status"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> AssetsNavigation.toAsset(e.getItem().id()));
        Keyboard.openRowsOnEnter(grid);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
