package br.com.patritech.inventory.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.ui.AssetsNavigation;
import br.com.patritech.assets.ui.NewAssetDraft;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.base.ui.WindowWidth;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.inventory.MisplacedItem;
import br.com.patritech.inventory.MissingItem;
import br.com.patritech.inventory.Reconciled;
import br.com.patritech.inventory.ReconciliationService;
import br.com.patritech.inventory.UnknownItem;

/**
 * A campaign's reconciliation: the misplaced assets (move each where it was found), the missing ones (mark each
 * "não localizado") and the unknown items (register each), for the units the user sees; lists paged lazily.
 */
@Route(InventoryNavigation.RECONCILIATION)
@PermitAll
class ReconciliationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InventoryService inventory;
    private final ReconciliationService reconciliation;
    /** Below this window width (px) each row is a card. */
    static final int PHONE = 700;

    private CampaignSummary campaign;
    private boolean mayAct;

    ReconciliationView(InventoryService inventory, ReconciliationService reconciliation) {
        this.inventory = inventory;
        this.reconciliation = reconciliation;
        setId("reconciliation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaign = InventoryNavigation.campaignOf(event, inventory).orElse(null);
        if (campaign != null) {
            mayAct = reconciliation.mayReconcile(campaign.id());
            show();
        }
    }

    private void show() {
        removeAll();
        Button back = new Button(campaign.name(), VaadinIcon.ARROW_LEFT.create(),
                e -> InventoryNavigation.toCampaign(campaign.id()));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new H2(getTranslation("inventory.reconciliation.title")),
                new H3(getTranslation("inventory.reconciliation.misplaced")), misplaced(),
                new H3(getTranslation("inventory.reconciliation.missing")), missing(),
                new H3(getTranslation("inventory.reconciliation.unknown")), unknown());
    }

    private Grid<MisplacedItem> misplaced() {
        Grid<MisplacedItem> grid = grid("reconciliation-misplaced");
        ValueProvider<MisplacedItem, String> asset = i -> i.tombo() + " · " + i.name();
        ValueProvider<MisplacedItem, String> place = i -> getTranslation("inventory.reconciliation.from-to",
                place(i.unitCode(), i.roomName()), place(i.foundUnitCode(), i.foundRoomName()));
        ValueProvider<MisplacedItem, Component> action = i -> !i.pending() ? new Span(EnumLabels.of(i.status()))
                : action("reconcile-move", VaadinIcon.ARROW_FORWARD, "inventory.reconciliation.move", mayAct, () -> {
                    Reconciled done = reconciliation.moveMisplaced(campaign.id(), i.assetId(), i.assetVersion());
                    Notification.show(done.roomMoved()
                            ? getTranslation("inventory.reconciliation.moved", done.tombo(), i.foundRoomName())
                            : getTranslation("inventory.reconciliation.guide", done.tombo(), done.guideNumber()));
                    grid.getDataProvider().refreshAll();
                });
        columns(grid, asset, place, action);
        grid.setItems(q -> reconciliation.misplaced(campaign.id(), q.getOffset(), q.getLimit()).stream());
        return grid;
    }

    private Grid<MissingItem> missing() {
        Grid<MissingItem> grid = grid("reconciliation-missing");
        ValueProvider<MissingItem, Component> action = i -> !i.markable() ? new Span(EnumLabels.of(i.status()))
                : action("reconcile-not-located", VaadinIcon.QUESTION_CIRCLE, "inventory.reconciliation.mark", mayAct,
                () -> {
                    reconciliation.markNotLocated(campaign.id(), i.assetId(), i.assetVersion());
                    Notification.show(getTranslation("inventory.reconciliation.marked", i.tombo()));
                    grid.getDataProvider().refreshAll();
                });
        columns(grid, i -> i.tombo() + " · " + i.name(), i -> place(i.unitCode(), i.roomName()), action);
        grid.setItems(q -> reconciliation.missing(campaign.id(), q.getOffset(), q.getLimit()).stream());
        return grid;
    }

    private Grid<UnknownItem> unknown() {
        Grid<UnknownItem> grid = grid("reconciliation-unknown");
        ValueProvider<UnknownItem, Component> action = i -> i.registered()
                ? new Button(getTranslation("inventory.reconciliation.registered"),
                        e -> AssetsNavigation.toAsset(i.registeredAssetId()))
                : action("reconcile-register", VaadinIcon.PLUS, "inventory.reconciliation.register", mayAct, () -> {
                    long campaignId = campaign.id();
                    AssetsNavigation.toNewAsset(new NewAssetDraft(reconciliation.draftFor(campaignId, i.id()),
                            form -> reconciliation.registerUnknown(campaignId, i.id(), form)));
                });
        columns(grid, UnknownItem::description, i -> place(i.unitCode(), i.roomName()), action);
        grid.getColumnByKey("what").setHeader(getTranslation("inventory.unknown.description"));
        grid.setItems(reconciliation.unknown(campaign.id()));
        return grid;
    }

    /**
     * What the row is about, where, and its action: three columns on a wide screen; on a phone one card per row
     * (the text wraps and the action sits under it, inside the screen).
     */
    private <T> void columns(Grid<T> grid, ValueProvider<T, String> what, ValueProvider<T, String> where,
                             ValueProvider<T, Component> action) {
        var whatColumn = grid.addColumn(what).setKey("what")
                .setHeader(getTranslation("inventory.reconciliation.asset")).setFlexGrow(2);
        var whereColumn = grid.addColumn(where).setHeader(getTranslation("inventory.reconciliation.place")).setFlexGrow(2);
        var actionColumn = grid.addComponentColumn(action).setKey("action").setAutoWidth(true).setFlexGrow(0);
        var card = grid.addComponentColumn(item -> {
            Span title = new Span(what.apply(item));
            title.getStyle().set("font-weight", "600");
            Div box = new Div(title, new Div(where.apply(item)), action.apply(item));
            box.addClassName("reconciliation-card");
            box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                    .set("align-items", "flex-start").set("white-space", "normal");
            return box;
        }).setKey("card").setHeader(getTranslation("inventory.reconciliation.asset"));
        card.setVisible(false);
        WindowWidth.track(grid, pixels -> {
            boolean phone = pixels < PHONE;
            card.setVisible(phone);
            List.of(whatColumn, whereColumn, actionColumn).forEach(c -> c.setVisible(!phone));
        });
    }

    private <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setHeight("18em");
        grid.setEmptyStateText(getTranslation("inventory.reconciliation.none"));
        return grid;
    }

    private Button action(String id, VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button button = new Button(getTranslation(label), icon.create(), e -> {
            try {
                action.run();
            } catch (RuntimeException refusal) {
                FormErrors.notify(refusal);
            }
        });
        button.addClassName(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setVisible(enabled);
        return button;
    }

    private String place(String unitCode, String room) {
        return unitCode + " · " + (room == null ? getTranslation("inventory.no-room") : room);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.reconciliation.title");
    }
}
