package br.com.patritech.inventory.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.base.ui.WindowWidth;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.InventoryReport;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.inventory.ProgressRow;

/** One campaign: its progress per unit and room, counting, closing and the report. */
@Route(InventoryNavigation.CAMPAIGN)
@PermitAll
class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Below this window width (px) each room is a card. */
    static final int PHONE = 700;

    private final InventoryService inventory;
    private final InventoryReport report;
    private CampaignSummary campaign;

    CampaignView(InventoryService inventory, InventoryReport report) {
        this.inventory = inventory;
        this.report = report;
        setId("campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaign = InventoryNavigation.campaignOf(event, inventory).orElse(null);
        if (campaign == null) {
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        Span status = new Span(EnumLabels.of(campaign.status()));
        status.setId("campaign-status");
        status.getElement().getThemeList().add(campaign.open() ? "badge" : "badge contrast");
        Paragraph about = new Paragraph(String.join(", ", campaign.units().stream().map(CampaignSummary.Place::label).toList())
                + " · " + Formats.date(campaign.startsOn(), getLocale())
                + (campaign.endsOn() == null ? "" : " – " + Formats.date(campaign.endsOn(), getLocale()))
                + " · " + getTranslation("inventory.campaign.committee") + ": " + String.join(", ", campaign.committee()));
        Button count = new Button(getTranslation("inventory.campaign.count"), VaadinIcon.QRCODE.create(),
                e -> InventoryNavigation.toCount(campaign.id()));
        count.setId("campaign-count");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.setVisible(campaign.mayCount());
        Button close = new Button(getTranslation("inventory.campaign.close"), VaadinIcon.LOCK.create(),
                e -> ConfirmAction.ask(getTranslation("inventory.campaign.close"),
                        getTranslation("inventory.campaign.close.confirm", campaign.name()),
                        getTranslation("inventory.campaign.close"),
                        () -> campaign = inventory.close(campaign.id(), campaign.version()),
                        getTranslation("inventory.campaign.closed-now"), this::show));
        close.setId("campaign-close");
        close.setVisible(campaign.mayClose());
        Button reconcile = new Button(getTranslation("inventory.reconciliation.title"), VaadinIcon.EXCHANGE.create(),
                e -> InventoryNavigation.toReconciliation(campaign.id()));
        reconcile.setId("campaign-reconcile");
        HorizontalLayout actions = new HorizontalLayout(count, reconcile, close, ReportLinks.pdf(report, campaign, getLocale()),
                ReportLinks.csv(report, campaign, getLocale()));
        actions.setWrap(true);
        actions.setAlignItems(Alignment.CENTER);
        HorizontalLayout title = new HorizontalLayout(new H2(campaign.name()), status);
        title.setAlignItems(Alignment.CENTER);
        add(title, about, actions, progress(inventory.progress(campaign.id())));
    }

    private Grid<ProgressRow> progress(List<ProgressRow> rows) {
        Grid<ProgressRow> grid = new Grid<>();
        grid.setId("campaign-progress");
        grid.setAllRowsVisible(true);
        // on a phone the room is what the counter looks for: the unit code only when the campaign has several
        boolean severalUnits = campaign.units().size() > 1;
        var place = grid.addColumn(r -> (severalUnits ? r.unitCode() + " · " : "")
                + (r.roomName() == null ? getTranslation("inventory.no-room") : r.roomName()))
                .setHeader(getTranslation("inventory.report.room")).setAutoWidth(true).setFlexGrow(2);
        var expected = grid.addColumn(ProgressRow::expected).setHeader(getTranslation("inventory.progress.expected"));
        var found = grid.addColumn(ProgressRow::found).setHeader(getTranslation("inventory.progress.found"));
        var misplaced = grid.addColumn(ProgressRow::misplaced).setHeader(getTranslation("inventory.progress.misplaced"));
        var missing = grid.addColumn(ProgressRow::missing).setHeader(getTranslation("inventory.progress.missing"));
        List.of(expected, found, misplaced, missing).forEach(c -> c.setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END));
        // on a phone the four counts do not fit beside the room: one card per room, the counts wrapping under it
        var card = grid.addComponentColumn(r -> card((severalUnits ? r.unitCode() + " · " : "")
                        + (r.roomName() == null ? getTranslation("inventory.no-room") : r.roomName()), r, false))
                .setKey("card").setHeader(getTranslation("inventory.report.room"));
        card.setVisible(false);
        ProgressRow total = ProgressRow.total(rows);
        var footer = grid.appendFooterRow();
        footer.getCell(place).setText(getTranslation("inventory.progress.total"));
        footer.getCell(expected).setText(String.valueOf(total.expected()));
        footer.getCell(found).setText(String.valueOf(total.found()));
        footer.getCell(misplaced).setText(String.valueOf(total.misplaced()));
        footer.getCell(missing).setText(String.valueOf(total.missing()));
        footer.getCell(card).setComponent(card(getTranslation("inventory.progress.total"), total, true));
        WindowWidth.track(grid, pixels -> {
            boolean phone = pixels < PHONE;
            card.setVisible(phone);
            List.of(place, expected, found, misplaced, missing).forEach(c -> c.setVisible(!phone));
        });
        grid.setItems(rows);
        return grid;
    }

    private Div card(String title, ProgressRow row, boolean total) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        Span counts = new Span(String.join(" · ",
                getTranslation("inventory.progress.expected") + ": " + row.expected(),
                getTranslation("inventory.progress.found") + ": " + row.found(),
                getTranslation("inventory.progress.misplaced") + ": " + row.misplaced(),
                getTranslation("inventory.progress.missing") + ": " + row.missing()));
        Div box = new Div(heading, new Div(counts));
        box.addClassName(total ? "progress-card-total" : "progress-card");
        box.getStyle().set("white-space", "normal");
        return box;
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("inventory.title") : campaign.name();
    }
}
