package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.organization.OrganizationService;

/** The campaigns touching the user's units; whoever may opens one; a click opens its progress. */
@Route(InventoryNavigation.CAMPAIGNS)
@Menu(order = 35, title = "menu.inventory", icon = "vaadin:clipboard-check")
@PermitAll
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    CampaignsView(InventoryService inventory, OrganizationService organization) {
        setId("campaigns-view");
        setSizeFull();
        Grid<CampaignSummary> grid = new Grid<>();
        grid.setId("campaigns-grid");
        grid.addColumn(CampaignSummary::name).setHeader(getTranslation("inventory.campaign.name")).setFlexGrow(2)
                .setTooltipGenerator(CampaignSummary::name);
        grid.addColumn(c -> String.join(", ", c.units().stream().map(CampaignSummary.Place::label).toList()))
                .setHeader(getTranslation("inventory.campaign.units")).setFlexGrow(2);
        grid.addColumn(c -> Formats.date(c.startsOn(), getLocale())).setHeader(getTranslation("inventory.campaign.startsOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> EnumLabels.of(c.status())).setHeader(getTranslation("inventory.campaign.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("inventory.campaign.none"));
        grid.addItemClickListener(e -> InventoryNavigation.toCampaign(e.getItem().id()));
        grid.setItems(inventory.list());
        Button open = new Button(getTranslation("inventory.campaign.new"), VaadinIcon.PLUS.create(),
                e -> new CampaignDialog(inventory, organization, c -> InventoryNavigation.toCampaign(c.id())).open());
        open.setId("new-campaign");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setVisible(inventory.mayOpenAny());
        Button labels = new Button(getTranslation("labels.title"), VaadinIcon.QRCODE.create(),
                e -> InventoryNavigation.toLabels());
        labels.setId("labels-page");
        HorizontalLayout actions = new HorizontalLayout(open, labels);
        actions.setWrap(true);
        add(new H2(getTranslation("inventory.title")), actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.title");
    }
}
