package br.com.patritech.depreciation.ui;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.springframework.core.annotation.Order;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.ui.AssetPageSection;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.depreciation.Adjustment;
import br.com.patritech.depreciation.AssetBookValue;
import br.com.patritech.depreciation.BookValues;
import br.com.patritech.depreciation.DepreciationAdjustments;
import br.com.patritech.depreciation.DepreciationSchedule.Month;
import br.com.patritech.depreciation.FiscalBookValue;

/**
 * The asset page's depreciation section: acquisition value, accumulated depreciation and book value as of the last
 * closed month, remaining life, and a short schedule (the last closed months and the next projected ones); while the
 * installation computes the fiscal schedule (RFB IN 1700/2017), the same for it below.
 */
@org.springframework.stereotype.Component
@Order(10)
class DepreciationSection implements AssetPageSection {

    private static final int PAST_SHOWN = 6;
    private static final int PROJECTED_SHOWN = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private record Row(YearMonth month, Month values, boolean projected) {
    }

    private final BookValues bookValues;
    private final DepreciationAdjustments adjustments;

    DepreciationSection(BookValues bookValues, DepreciationAdjustments adjustments) {
        this.bookValues = bookValues;
        this.adjustments = adjustments;
    }

    @Override
    public Optional<Component> section(AssetDetails asset) {
        AssetBookValue value = bookValues.of(asset.id());
        UI ui = UI.getCurrent();
        var locale = ui.getLocale();
        Div section = new Div();
        section.setId("depreciation-section");
        section.add(new H3(ui.getTranslation("depreciation.section")));
        FormLayout figures = new FormLayout();
        item(figures, ui, "acquisition-value", Formats.money(value.acquisitionValue(), locale));
        item(figures, ui, "accumulated", Formats.money(value.accumulated(), locale));
        item(figures, ui, "book-value", Formats.money(value.bookValue(), locale));
        item(figures, ui, "as-of", value.asOf() == null ? ui.getTranslation("depreciation.not-closed")
                : value.asOf().format(MONTH));
        if (value.depreciates()) {
            item(figures, ui, "remaining-life", ui.getTranslation("depreciation.remaining-months", value.remainingMonths()));
        }
        section.add(figures);
        adjustments(section, asset.id(), ui);
        if (adjustments.mayAdjust(asset)) {
            Button adjust = new Button(ui.getTranslation("depreciation.adjustment.new"),
                    e -> new AdjustmentDialog(asset.id(), adjustments, () -> ui.refreshCurrentRoute(true)).open());
            adjust.setId("new-adjustment");
            section.add(adjust);
        }
        if (!value.depreciates()) {
            Span none = new Span(ui.getTranslation("depreciation.none"));
            none.setId("depreciation-none");
            section.add(none);
        } else {
            section.add(schedule(value.past(), value.projected(), "depreciation-schedule", "depreciation.book-value", ui));
        }
        if (value.fiscal() != null) {
            section.add(fiscal(value.fiscal(), ui));
        }
        return Optional.of(section);
    }

    /** The fiscal schedule (RFB IN 1700/2017), beside the accounting one while the installation computes it. */
    private static Div fiscal(FiscalBookValue fiscal, UI ui) {
        var locale = ui.getLocale();
        Div part = new Div(new H4(ui.getTranslation("depreciation.fiscal.section")));
        part.setId("depreciation-fiscal");
        FormLayout figures = new FormLayout();
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMinimumFractionDigits(0);
        percent.setMaximumFractionDigits(2);
        item(figures, ui, "fiscal-rate", fiscal.depreciates()
                ? ui.getTranslation("depreciation.fiscal.rate-value", percent.format(fiscal.annualRatePercent()),
                        fiscal.months())
                : ui.getTranslation("depreciation.fiscal.no-rate"));
        item(figures, ui, "fiscal-accumulated", Formats.money(fiscal.accumulated(), locale));
        item(figures, ui, "fiscal-book-value", Formats.money(fiscal.bookValue(), locale));
        item(figures, ui, "fiscal-as-of", fiscal.asOf() == null ? ui.getTranslation("depreciation.fiscal.not-closed")
                : fiscal.asOf().format(MONTH));
        if (fiscal.depreciates()) {
            item(figures, ui, "fiscal-remaining-life",
                    ui.getTranslation("depreciation.remaining-months", fiscal.remainingMonths()));
        }
        part.add(figures);
        if (fiscal.depreciates() || !fiscal.past().isEmpty()) {
            part.add(schedule(fiscal.past(), fiscal.projected(), "depreciation-fiscal-schedule",
                    "depreciation.fiscal-book-value", ui));
        }
        return part;
    }

    private static Grid<Row> schedule(List<Month> past, List<Month> projected, String id, String valueKey, UI ui) {
        var locale = ui.getLocale();
        List<Row> rows = new ArrayList<>();
        past.subList(Math.max(0, past.size() - PAST_SHOWN), past.size())
                .forEach(m -> rows.add(new Row(m.month(), m, false)));
        projected.stream().limit(PROJECTED_SHOWN).forEach(m -> rows.add(new Row(m.month(), m, true)));
        Grid<Row> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(r -> r.month().format(MONTH) + (r.projected()
                ? " (" + ui.getTranslation("depreciation.schedule.projected") + ")" : ""))
                .setHeader(ui.getTranslation("depreciation.schedule.month")).setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.values().amount(), locale))
                .setHeader(ui.getTranslation("depreciation.schedule.amount"));
        grid.addColumn(r -> Formats.money(r.values().bookValue(), locale))
                .setHeader(ui.getTranslation(valueKey));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        return grid;
    }

    /** Revaluations and impairments, oldest first: kind, date, book value before and after, reason and who. */
    private void adjustments(Div section, long assetId, UI ui) {
        List<Adjustment> recorded = adjustments.of(assetId);
        if (recorded.isEmpty()) {
            return;
        }
        Div list = new Div(new H4(ui.getTranslation("depreciation.adjustments")));
        list.setId("depreciation-adjustments");
        for (Adjustment a : recorded) {
            list.add(new Div(ui.getTranslation("depreciation.adjustment.line",
                    ui.getTranslation("depreciation.adjustment.kind." + a.kind().name()),
                    Formats.date(a.date(), ui.getLocale()), Formats.money(a.previousBookValue(), ui.getLocale()),
                    Formats.money(a.newValue(), ui.getLocale()), a.reason(), a.recordedBy())));
        }
        section.add(list);
    }

    private static void item(FormLayout form, UI ui, String key, String text) {
        Span value = new Span(text);
        value.setId("depreciation-" + key);
        form.addFormItem(value, ui.getTranslation("depreciation." + key));
    }
}
