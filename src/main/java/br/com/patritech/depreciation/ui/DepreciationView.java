package br.com.patritech.depreciation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.depreciation.CategoryPolicy;
import br.com.patritech.depreciation.ClosingProgress;
import br.com.patritech.depreciation.ClosingStatus;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;

/**
 * /depreciacao: the categories' policies (everyone reads; an ADMIN edits) and the monthly closing (ADMIN), which runs
 * in the background while this page polls its progress; leaving and coming back shows it again.
 */
@Route("depreciacao")
@Menu(order = 65, title = "menu.depreciation", icon = "vaadin:trending-down")
@PermitAll
class DepreciationView extends VerticalLayout implements HasDynamicTitle {

    private final DepreciationPolicies policies;
    private final DepreciationClosings closings;
    private final Grid<CategoryPolicy> grid = new Grid<>();
    private final Span closingText = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Button close = new Button();

    DepreciationView(DepreciationPolicies policies, DepreciationClosings closings) {
        this.policies = policies;
        this.closings = closings;
        setId("depreciation-view");
        grid.setId("depreciation-policies");
        grid.addColumn(CategoryPolicy::categoryName).setHeader(getTranslation("depreciation.policy.category"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.depreciates() ? getTranslation("depreciation.remaining-months", p.usefulLifeMonths())
                : getTranslation("depreciation.policy.no")).setHeader(getTranslation("depreciation.policy.life"));
        grid.addColumn(p -> p.depreciates() ? p.residualPercent().toPlainString() + " %" : "—")
                .setHeader(getTranslation("depreciation.policy.residual"));
        grid.setAllRowsVisible(true);
        if (policies.mayChange()) {
            grid.addItemClickListener(e -> new PolicyDialog(e.getItem(), policies, this::refresh).open());
        }
        closingText.setId("closing-status");
        progressBar.setId("closing-progress");
        close.setId("close-month");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> startClosing());
        add(new H2(getTranslation("depreciation.section")), new H3(getTranslation("depreciation.closing.title")),
                closingText, progressBar, close, new H3(getTranslation("depreciation.policy.title")), grid);
        addAttachListener(e -> {
            var polling = e.getUI().addPollListener(poll -> afterPoll());
            addDetachListener(d -> polling.remove());
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(policies.all());
        ClosingStatus status = closings.status();
        closingText.setText(status.lastClosed() == null ? getTranslation("depreciation.not-closed")
                : getTranslation("depreciation.closing.last", status.lastClosed().toString(), status.assetCount(),
                        Formats.money(status.totalAmount(), getLocale())));
        var running = closings.mayClose() ? closings.progress().filter(p -> !p.finished()) : java.util.Optional.<ClosingProgress>empty();
        progressBar.setVisible(running.isPresent());
        running.ifPresent(p -> progressBar.setValue(p.total() == 0 ? 0 : (double) p.done() / p.total()));
        close.setVisible(closings.mayClose() && status.nextToClose() != null);
        close.setEnabled(running.isEmpty());
        if (status.nextToClose() != null) {
            close.setText(getTranslation("depreciation.closing.close", status.nextToClose().toString()));
        }
        getUI().ifPresent(ui -> ui.setPollInterval(running.isPresent() ? 1000 : -1));
    }

    private void startClosing() {
        try {
            closings.start(closings.status().nextToClose());
        } catch (RuntimeException refusal) {
            FormErrors.notify(refusal);
        }
        refresh();
    }

    private void afterPoll() {
        closings.progress().filter(ClosingProgress::finished).filter(p -> p.refusal() != null)
                .ifPresent(p -> Notification.show(getTranslation(p.refusal())));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("depreciation.section");
    }
}
