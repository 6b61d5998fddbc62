package br.com.patritech.transfers.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.Formats;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.transfers.TransferDirection;
import br.com.patritech.transfers.TransferRow;
import br.com.patritech.transfers.TransferService;

/** /transferencias: the guides coming into and going out of the user's units, pending first, paged in SQL. */
@Route(TransfersNavigation.LIST)
@Menu(order = 20, title = "menu.transfers", icon = "vaadin:exchange")
@PermitAll
class TransfersView extends VerticalLayout implements HasDynamicTitle {

    private final TransferService transfers;
    private final Grid<TransferRow> grid = new Grid<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private TransferDirection direction = TransferDirection.INCOMING;

    TransfersView(TransferService transfers, OrganizationService organization) {
        this.transfers = transfers;
        setId("transfers-view");
        setSizeFull();
        Tab incoming = new Tab(getTranslation("transfers.incoming"));
        incoming.setId("tab-incoming");
        Tab outgoing = new Tab(getTranslation("transfers.outgoing"));
        outgoing.setId("tab-outgoing");
        Tabs tabs = new Tabs(incoming, outgoing);
        tabs.setId("transfer-direction");
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab() == outgoing ? TransferDirection.OUTGOING
                : TransferDirection.INCOMING));
        // Administrators and auditors see every unit, a gestor may work in several: narrow the list to one.
        List<UnitSummary> units = organization.visibleUnits();
        unit.setId("transfer-unit");
        unit.setPlaceholder(getTranslation("transfers.all-units"));
        unit.setAriaLabel(getTranslation("asset.field.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        unit.setClearButtonVisible(true);
        unit.setVisible(units.size() > 1);
        unit.addValueChangeListener(e -> show(direction));
        Keyboard.pickByTyping(unit);
        grid.setId("transfers-grid");
        grid.addColumn(TransferRow::number).setHeader(getTranslation("transfers.field.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> new TransferStatusBadge(r.status())))
                .setHeader(getTranslation("transfers.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.originUnit() + " → " + r.destinationUnit())
                .setHeader(getTranslation("transfers.field.origin") + " → " + getTranslation("transfers.field.destination"))
                .setTooltipGenerator(r -> r.originUnit() + " → " + r.destinationUnit()).setFlexGrow(1);
        grid.addColumn(TransferRow::assetCount).setHeader(getTranslation("transfers.field.assets")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.money(r.totalValue(), getLocale())).setHeader(getTranslation("transfers.field.total"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale()))
                .setHeader(getTranslation("transfers.field.created")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("transfers.empty"));
        grid.addItemClickListener(e -> TransfersNavigation.toGuide(e.getItem().id()));
        Keyboard.openRowsOnEnter(grid);
        HorizontalLayout bar = new HorizontalLayout(tabs, unit);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("transfers.title")), bar, grid);
        setFlexGrow(1, grid);
        show(direction);
    }

    private void show(TransferDirection shown) {
        direction = shown;
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        grid.setItems(query -> transfers.find(direction, unitId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) transfers.count(direction, unitId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfers.title");
    }
}
