package br.com.patritech.dashboard.ui;

import com.vaadin.flow.component.UI;

/** Where the dashboard lives: the application's root. */
public final class DashboardNavigation {

    static final String DASHBOARD = "";

    private DashboardNavigation() {
    }

    public static void toDashboard() {
        UI.getCurrent().navigate(DashboardView.class);
    }
}
