package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.ui.AssetsNavigation;
import br.com.patritech.assets.ui.NewAssetDraft;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.FormErrors;
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
        grid.addColumn(i -> i.tombo() + " · " + i.name()).setHeader(getTranslation("inventory.reconciliation.asset"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation("inventory.reconciliation.from-to", place(i.unitCode(), i.roomName()),
                place(i.foundUnitCode(), i.foundRoomName()))).setHeader(getTranslation("inventory.reconciliation.place"))
                .setFlexGrow(2);
        grid.addComponentColumn(i -> !i.pending() ? new Span(EnumLabels.of(i.status()))
                : action("reconcile-move", VaadinIcon.ARROW_FORWARD, "inventory.reconciliation.move", mayAct, () -> {
                    Reconciled done = reconciliation.moveMisplaced(campaign.id(), i.assetId(), i.assetVersion());
                    Notification.show(done.roomMoved()
                            ? getTranslation("inventory.reconciliation.moved", done.tombo(), i.foundRoomName())
                            : getTranslation("inventory.reconciliation.guide", done.tombo(), done.guideNumber()));
                    grid.getDataProvider().refreshAll();
                })).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> reconciliation.misplaced(campaign.id(), q.getOffset(), q.getLimit()).stream());
        return grid;
    }

    private Grid<MissingItem> missing() {
        Grid<MissingItem> grid = grid("reconciliation-missing");
        grid.addColumn(i -> i.tombo() + " · " + i.name()).setHeader(getTranslation("inventory.reconciliation.asset"))
                .setFlexGrow(2);
        grid.addColumn(i -> place(i.unitCode(), i.roomName())).setHeader(getTranslation("inventory.reconciliation.place"));
        grid.addComponentColumn(i -> !i.markable() ? new Span(EnumLabels.of(i.status()))
                : action("reconcile-not-located", VaadinIcon.QUESTION_CIRCLE, "inventory.reconciliation.mark", mayAct,
                () -> {
                    reconciliation.markNotLocated(campaign.id(), i.assetId(), i.assetVersion());
                    Notification.show(getTranslation("inventory.reconciliation.marked", i.tombo()));
                    grid.getDataProvider().refreshAll();
                })).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> reconciliation.missing(campaign.id(), q.getOffset(), q.getLimit()).stream());
        return grid;
    }

    private Grid<UnknownItem> unknown() {
        Grid<UnknownItem> grid = grid("reconciliation-unknown");
        grid.addColumn(UnknownItem::description).setHeader(getTranslation("inventory.unknown.description")).setFlexGrow(2);
        grid.addColumn(i -> place(i.unitCode(), i.roomName())).setHeader(getTranslation("inventory.reconciliation.place"));
        grid.addComponentColumn(i -> i.registered()
                ? new Button(getTranslation("inventory.reconciliation.registered"),
                        e -> AssetsNavigation.toAsset(i.registeredAssetId()))
                : action("reconcile-register", VaadinIcon.PLUS, "inventory.reconciliation.register", mayAct, () -> {
                    long campaignId = campaign.id();
                    AssetsNavigation.toNewAsset(new NewAssetDraft(reconciliation.draftFor(campaignId, i.id()),
                            form -> reconciliation.registerUnknown(campaignId, i.id(), form)));
                })).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(reconciliation.unknown(campaign.id()));
        return grid;
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
