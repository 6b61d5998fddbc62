package br.com.patritech.reports.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.DatePickers;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.reports.ReportFormat;
import br.com.patritech.reports.ReportJobs;
import br.com.patritech.reports.ReportKind;
import br.com.patritech.reports.ReportRequest;

/**
 * /relatorios: choose a report, a unit (or every unit one sees) and, for the periodic ones, the days; the report is
 * generated in the background and listed below with its progress, then a download link. One may leave and come back.
 */
@Route("relatorios")
@Menu(order = 75, title = "menu.reports", icon = "vaadin:file-text-o")
@PermitAll
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportJobs jobs;
    private final Select<ReportKind> kind = new Select<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final RadioButtonGroup<ReportFormat> format = new RadioButtonGroup<>();
    private final FormErrors errors = new FormErrors();
    private final VerticalLayout recent = new VerticalLayout();
    private final java.util.Map<String, ReportJobRow> rows = new java.util.HashMap<>();

    ReportsView(ReportJobs jobs, OrganizationService organization) {
        this.jobs = jobs;
        setId("reports-view");
        kind.setId("report-kind");
        kind.setLabel(getTranslation("report.field.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.kind." + k));
        kind.setValue(ReportKind.PATRIMONIAL);
        unit.setId("report-unit");
        unit.setLabel(getTranslation("report.field.unit"));
        unit.setPlaceholder(getTranslation("report.all-units"));
        unit.setClearButtonVisible(true);
        unit.setItems(organization.visibleUnits());
        unit.setItemLabelGenerator(u -> u.code() + " — " + u.name());
        from = errors.field("from", DatePickers.create(getTranslation("report.field.from")));
        to = errors.field("to", DatePickers.create(getTranslation("report.field.to")));
        from.setId("report-from");
        to.setId("report-to");
        format.setId("report-format");
        format.setLabel(getTranslation("report.field.format"));
        format.setItems(ReportFormat.values());
        format.setItemLabelGenerator(ReportFormat::name);
        format.setValue(ReportFormat.PDF);
        kind.addValueChangeListener(e -> showPeriod());
        Button generate = new Button(getTranslation("report.generate"), VaadinIcon.FILE_TEXT_O.create(),
                e -> generate());
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, unit, from, to, format);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(kind, 2);
        recent.setId("report-jobs");
        recent.setPadding(false);
        add(new H2(getTranslation("report.title")), form, errors.message(), generate,
                new Paragraph(getTranslation("report.background")), recent);
        showPeriod();
        addAttachListener(e -> {
            var polling = e.getUI().addPollListener(poll -> refresh());
            addDetachListener(d -> {
                polling.remove();
                d.getUI().setPollInterval(-1);
            });
            refresh();
        });
    }

    private void showPeriod() {
        boolean periodic = kind.getValue() != null && kind.getValue().periodic();
        from.setVisible(periodic);
        to.setVisible(periodic);
    }

    private void generate() {
        errors.clear();
        try {
            jobs.start(new ReportRequest(kind.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                    from.getValue(), to.getValue()), format.getValue(), getLocale());
        } catch (RuntimeException refusal) {
            errors.show(refusal);
        }
        refresh();
    }

    private void refresh() {
        List<ReportJobs.Status> mine = jobs.mine();
        rows.keySet().retainAll(mine.stream().map(ReportJobs.Status::id).toList());
        recent.removeAll();
        for (ReportJobs.Status status : mine) { // newest first; existing rows are updated, not replaced
            ReportJobRow row = rows.computeIfAbsent(status.id(), id -> new ReportJobRow(status));
            row.update(status);
            recent.add(row);
        }
        boolean running = mine.stream().anyMatch(s -> s.state() == ReportJobs.State.RUNNING);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? 1000 : -1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
