package br.com.patritech.operations.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import br.com.patritech.base.ui.Formats;
import br.com.patritech.operations.LastBackup;
import br.com.patritech.operations.OperationsService;
import br.com.patritech.operations.OperationsService.Migration;
import br.com.patritech.operations.OperationsService.Status;
import br.com.patritech.operations.RecentError;
import br.com.patritech.security.Permission;

/**
 * The operator's page: which release runs since when, the database and its migrations, the last backup, people
 * signed in, and the last errors by request id (to find their log lines). Administrators only.
 */
@Route("operacao")
@Menu(order = 100, title = "menu.operations", icon = "vaadin:server")
@RolesAllowed(Permission.Roles.ADMIN)
class OperationsView extends VerticalLayout implements HasDynamicTitle {

    OperationsView(OperationsService service) {
        setId("operations-view");
        Status status = service.status();
        String unknown = getTranslation("ops.unknown");
        FlexLayout figures = new FlexLayout(
                figure("ops-version", "ops.version", status.version().orElse(unknown)),
                figure("ops-commit", "ops.commit", status.commit().orElse(unknown)),
                figure("ops-uptime", "ops.uptime", uptime(status.uptime())),
                figure("ops-sessions", "ops.sessions", String.valueOf(status.vaadinSessions())),
                figure("ops-database-size", "ops.database-size", status.databaseBytes().map(this::size).orElse(unknown)),
                figure("ops-last-backup", "ops.last-backup", backup(status.lastBackup())));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setWidthFull();
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        Paragraph started = new Paragraph(getTranslation("ops.started", Formats.dateTime(status.startedAt(), getLocale()),
                status.builtAt().map(t -> Formats.dateTime(t, getLocale())).orElse(unknown)));
        add(new H2(getTranslation("ops.title")), figures, started, new H3(getTranslation("ops.errors")),
                errors(status.recentErrors()), new H3(getTranslation("ops.migrations")), migrations(status.migrations()));
    }

    private Div figure(String id, String labelKey, String value) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("figure-card");
        Span figure = new Span(value);
        figure.addClassName("figure");
        card.add(new Div(getTranslation(labelKey)), figure);
        return card;
    }

    private com.vaadin.flow.component.Component errors(List<RecentError> errors) {
        if (errors.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("ops.errors.none"));
            none.setId("ops-no-errors");
            return none;
        }
        Grid<RecentError> grid = new Grid<>();
        grid.setId("ops-errors");
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("ops.error.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecentError::requestId).setHeader(getTranslation("ops.error.request-id")).setAutoWidth(true);
        grid.addColumn(RecentError::route).setHeader(getTranslation("ops.error.route"));
        grid.addColumn(e -> e.error().replaceAll(".*\\.", "")).setHeader(getTranslation("ops.error.type"))
                .setTooltipGenerator(RecentError::error);
        grid.setItems(errors);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Migration> migrations(List<Migration> migrations) {
        Grid<Migration> grid = new Grid<>();
        grid.setId("ops-migrations");
        grid.addColumn(Migration::version).setHeader(getTranslation("ops.migration.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.success() ? m.description() : getTranslation("ops.migration.failed", m.description()))
                .setHeader(getTranslation("ops.migration.description"));
        grid.addColumn(m -> m.installedOn() == null ? "" : Formats.dateTime(m.installedOn(), getLocale()))
                .setHeader(getTranslation("ops.migration.installed")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(migrations);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String backup(Optional<LastBackup> last) {
        return last.map(b -> getTranslation("ops.backup.detail", Formats.dateTime(b.at(), getLocale()), b.file(),
                size(b.sizeBytes()))).orElse(getTranslation("ops.no-backup"));
    }

    private String uptime(Duration uptime) {
        return getTranslation("ops.uptime.value", uptime.toDays(), uptime.toHoursPart(), uptime.toMinutesPart());
    }

    private String size(long bytes) {
        return bytes >= 1 << 30 ? String.format(getLocale(), "%.1f GB", bytes / (double) (1 << 30))
                : String.format(getLocale(), "%.1f MB", bytes / (double) (1 << 20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.title");
    }
}
