package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the inventory screens live. */
final class InventoryNavigation {

    static final String CAMPAIGNS = "inventario";
    static final String CAMPAIGN = "inventario/:id([0-9]+)";
    static final String COUNT = "inventario/:id([0-9]+)/contar";
    static final String LABELS = "inventario/etiquetas";
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

    static void toCount(long id) {
        UI.getCurrent().navigate(CountView.class, new RouteParameters("id", String.valueOf(id)));
    }

    static void toLabels() {
        UI.getCurrent().navigate(LabelsView.class);
    }
}
