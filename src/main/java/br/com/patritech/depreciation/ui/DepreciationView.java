package br.com.patritech.depreciation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import br.com.patritech.depreciation.CategoryFiscalRate;
import br.com.patritech.depreciation.FiscalDepreciation;

/**
 * /depreciacao: the categories' policies (everyone reads; an ADMIN edits) and the monthly closing (ADMIN), which runs
 * in the background while this page polls its progress; leaving and coming back shows it again. Below, the optional
 * fiscal schedule (RFB IN 1700/2017): an ADMIN turns it on, and while on the categories' fiscal rates show (an ADMIN
 * edits them).
 */
@Route("depreciacao")
@Menu(order = 65, title = "menu.depreciation", icon = "vaadin:trending-down")
@PermitAll
class DepreciationView extends VerticalLayout implements HasDynamicTitle {

    private final DepreciationPolicies policies;
    private final DepreciationClosings closings;
    private final FiscalDepreciation fiscal;
    private final Grid<CategoryPolicy> grid = new Grid<>();
    private final Checkbox fiscalOn = new Checkbox();
    private final Grid<CategoryFiscalRate> fiscalRates = new Grid<>();
    private long fiscalVersion;
    private final Span closingText = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Button close = new Button();

    DepreciationView(DepreciationPolicies policies, DepreciationClosings closings, FiscalDepreciation fiscal) {
        this.policies = policies;
        this.closings = closings;
        this.fiscal = fiscal;
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
        fiscalOn.setId("fiscal-schedule");
        fiscalOn.setLabel(getTranslation("depreciation.fiscal.enabled"));
        fiscalOn.setReadOnly(!fiscal.mayChange());
        fiscalOn.addValueChangeListener(e -> changeFiscal(e.getValue()));
        fiscalRates.setId("fiscal-rates");
        fiscalRates.addColumn(CategoryFiscalRate::categoryName).setHeader(getTranslation("depreciation.policy.category"))
                .setAutoWidth(true);
        fiscalRates.addColumn(r -> r.annualRatePercent().signum() > 0
                ? getTranslation("depreciation.fiscal.rate-value", r.annualRatePercent().stripTrailingZeros()
                        .toPlainString().replace('.', "en".equals(getLocale().getLanguage()) ? '.' : ','), r.months())
                : getTranslation("depreciation.fiscal.no-rate")).setHeader(getTranslation("depreciation.fiscal.rate"));
        fiscalRates.setAllRowsVisible(true);
        fiscalRates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // "20 % ao ano (60 meses)" whole on a phone
        if (fiscal.mayChange()) {
            fiscalRates.addItemClickListener(e -> new FiscalRateDialog(e.getItem(), fiscal, this::refresh).open());
        }
        add(new H2(getTranslation("depreciation.section")), new H3(getTranslation("depreciation.closing.title")),
                closingText, progressBar, close, new H3(getTranslation("depreciation.policy.title")), grid,
                new H3(getTranslation("depreciation.fiscal.title")),
                new Paragraph(getTranslation("depreciation.fiscal.intro")), fiscalOn, fiscalRates);
        addAttachListener(e -> {
            var polling = e.getUI().addPollListener(poll -> afterPoll());
            addDetachListener(d -> polling.remove());
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(policies.all());
        FiscalDepreciation.Setting setting = fiscal.setting();
        fiscalVersion = setting.version();
        fiscalOn.setValue(setting.enabled());
        fiscalRates.setVisible(setting.enabled());
        if (setting.enabled()) {
            fiscalRates.setItems(fiscal.rates());
        }
        ClosingStatus status = closings.status();
        closingText.setText(status.lastClosed() == null ? getTranslation("depreciation.not-closed")
                : getTranslation("depreciation.closing.last", status.lastClosed().toString(), status.assetCount(),
                        Formats.money(status.totalAmount(), getLocale()))
                        + (status.fiscalTotalAmount() == null ? "" : " · " + getTranslation("depreciation.closing.fiscal",
                                Formats.money(status.fiscalTotalAmount(), getLocale()))));
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

    /** The administrator's tick (a refresh setting the current value changes nothing). */
    private void changeFiscal(boolean enabled) {
        FiscalDepreciation.Setting setting = fiscal.setting();
        if (setting.enabled() == enabled) {
            return;
        }
        try {
            fiscal.change(fiscalVersion, enabled);
            Notification.show(getTranslation(enabled ? "depreciation.fiscal.turned-on" : "depreciation.fiscal.turned-off"));
        } catch (RuntimeException refusal) {
            FormErrors.notify(refusal);
        }
        refresh();
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
