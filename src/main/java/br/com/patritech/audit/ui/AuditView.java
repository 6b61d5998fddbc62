package br.com.patritech.audit.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.audit.AuditActions;
import br.com.patritech.audit.AuditEntry;
import br.com.patritech.audit.AuditFilter;
import br.com.patritech.audit.AuditTrail;
import br.com.patritech.audit.UnitChoice;
import br.com.patritech.base.Translations;
import br.com.patritech.base.ui.DatePickers;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.base.ui.Keyboard;

/**
 * /auditoria: who did what, when, from where; filtered by who, what, period and unit, newest first, paged in the
 * database (no count: the grid asks for more as it scrolls). A GESTOR sees the entries about their units only.
 */
@Route("auditoria")
@Menu(order = 95, title = "menu.audit", icon = "vaadin:clipboard-text")
@PermitAll
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final Translations translations;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField who = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<UnitChoice> unit = new ComboBox<>();

    AuditView(AuditTrail trail, Translations translations) {
        this.trail = trail;
        this.translations = translations;
        setId("audit-view");
        setSizeFull();
        who.setId("audit-who");
        who.setLabel(getTranslation("audit.filter.who"));
        who.setClearButtonVisible(true);
        who.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditActions.KNOWN);
        action.setItemLabelGenerator(this::actionLabel);
        action.setAllowCustomValue(true); // codes of features added later are filtered by typing them
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail().strip().toUpperCase()));
        action.setClearButtonVisible(true);
        from = DatePickers.create(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to = DatePickers.create(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        List<UnitChoice> units = trail.unitChoices();
        unit.setId("audit-unit");
        unit.setLabel(getTranslation("audit.filter.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        unit.setClearButtonVisible(true);
        Keyboard.pickByTyping(unit);
        who.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(who, action, from, to, unit, exportLink());
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        configureGrid();
        add(new H2(getTranslation("audit.title")));
        if (!trail.seesEverything()) {
            Paragraph scoped = new Paragraph(getTranslation("audit.scoped"));
            scoped.setId("audit-scoped");
            add(scoped);
        }
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.column.subject")).setAutoWidth(true);
        grid.addColumn(e -> e.unitCode() == null ? "" : e.unitCode()).setHeader(getTranslation("audit.column.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.column.detail"))
                .setTooltipGenerator(AuditEntry::detail).setWidth("16em");
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.column.address")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setMinHeight("20em");
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> trail.find(filter, query.getOffset(), query.getLimit()).stream());
    }

    AuditFilter filter() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        return new AuditFilter(who.getValue(), action.getValue(), first, last,
                unit.getValue() == null ? null : unit.getValue().id());
    }

    private Anchor exportLink() {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            var locale = event.getUI() == null ? getLocale() : event.getUI().getLocale();
            event.setFileName(trail.exportFileName(locale));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                trail.exportCsv(filter(), locale, out);
            }
        }, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add("CSV");
        anchor.setId("audit-export");
        anchor.getElement().setAttribute("title", getTranslation("audit.export"));
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private String actionLabel(String code) {
        return AuditActions.label(code, translations, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
