package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;

import br.com.patritech.base.NotFoundException;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.InventoryService;

/** Where the inventory screens live. */
final class InventoryNavigation {

    static final String CAMPAIGNS = "inventario";
    static final String CAMPAIGN = "inventario/:id([0-9]+)";
    static final String COUNT = "inventario/:id([0-9]+)/contar";
    static final String LABELS = "inventario/etiquetas";
    static final String RECONCILIATION = "inventario/:id([0-9]+)/conciliacao";
    /** What every label's QR code links to: {@code /t/<tombo>}. */
    static final String TOMBO_LINK = "t/:tombo*";

    private InventoryNavigation() {
    }

    static void toCampaigns() {
        UI.getCurrent().navigate(CampaignsView.class);
    }

    static void toCampaign(long id) {
        UI.getCurrent().navigate(CampaignView.class, new RouteParameters("id", String.valueOf(id)));
    }

    static void toReconciliation(long id) {
        UI.getCurrent().navigate(ReconciliationView.class, new RouteParameters("id", String.valueOf(id)));
    }

    static void toCount(long id) {
        UI.getCurrent().navigate(CountView.class, new RouteParameters("id", String.valueOf(id)));
    }

    /** The campaign the route names, or empty after sending the user to the not-found page. */
    static java.util.Optional<CampaignSummary> campaignOf(BeforeEnterEvent event, InventoryService inventory) {
        try {
            return java.util.Optional.of(inventory.get(event.getRouteParameters().getLong("id").orElse(-1L)));
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return java.util.Optional.empty();
        }
    }

    static void toLabels() {
        UI.getCurrent().navigate(LabelsView.class);
    }
}
