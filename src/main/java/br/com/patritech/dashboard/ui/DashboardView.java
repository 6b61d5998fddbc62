package br.com.patritech.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.security.CurrentUser;

/** The landing page after login. */
@Route("")
@Menu(order = 0, title = "menu.dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(CurrentUser currentUser) {
        setId("dashboard-view");
        String name = currentUser.get().map(u -> u.name()).orElse("");
        add(new H2(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.welcome", name)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
