package br.com.patritech.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.Formats;
import br.com.patritech.notifications.NotificationItem;
import br.com.patritech.notifications.NotificationService;
import br.com.patritech.notifications.NotificationSettings;

/** Every notification of the user, paged in the database, and their e-mail choice (on/off, language). */
@Route("notificacoes")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Checkbox email = new Checkbox();
    private final Select<String> language = new Select<>();
    private NotificationSettings settings;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setId("notifications-view");
        setSizeFull();
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> NotificationEntry.of(item, getLocale(), () -> open(item)))
                .setHeader(getTranslation("notification.title")).setFlexGrow(1);
        grid.setItems(query -> notifications.page(query.getOffset(), Math.min(query.getLimit(),
                NotificationService.MAX_PAGE)).stream(), query -> (int) notifications.count());
        Button markAll = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("notifications-view-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("notification.title")), preferences(), markAll, grid);
        setFlexGrow(1, grid);
    }

    private FlexLayout preferences() {
        settings = notifications.settings();
        email.setLabel(getTranslation("notification.settings.email"));
        email.setId("notification-email");
        email.setValue(settings.emailEnabled());
        language.setLabel(getTranslation("notification.settings.language"));
        language.setId("notification-language");
        language.setItems("pt-BR", "en");
        language.setItemLabelGenerator(tag -> getTranslation("notification.language." + tag));
        language.setValue(settings.language());
        Button save = new Button(getTranslation("notification.settings.save"), e -> save());
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout row = new FlexLayout(email, language, save);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private void save() {
        settings = notifications.saveSettings(new NotificationSettings(email.getValue(), language.getValue(),
                settings.version()));
        Notification.show(getTranslation("notification.settings.saved"));
    }

    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        UI.getCurrent().navigate(item.link());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
