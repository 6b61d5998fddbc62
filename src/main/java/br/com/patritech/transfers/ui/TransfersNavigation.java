package br.com.patritech.transfers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the transfer screens live, and the only way other screens (the dashboard) reach them. */
public final class TransfersNavigation {

    public static final String LIST = "transferencias";
    static final String GUIDE = "transferencias/:id([0-9]+)";

    private TransfersNavigation() {
    }

    public static void toList() {
        UI.getCurrent().navigate(TransfersView.class);
    }

    static void toGuide(long id) {
        UI.getCurrent().navigate(TransferView.class, new RouteParameters("id", String.valueOf(id)));
    }
}
