package br.com.patritech.notifications.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;

import br.com.patritech.notifications.NotificationItem;
import br.com.patritech.notifications.NotificationService;

/**
 * The bell in the top bar: the unread count, and on click the newest notifications, each opening the place to act
 * (and marking it read), "mark all read" and a link to the full list. The count refreshes on every navigation.
 */
class NotificationBell extends Div {

    static final int SHOWN = 8;

    private final NotificationService notifications;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final VerticalLayout list = new VerticalLayout();
    private Registration navigationListener;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-bell-wrapper");
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setTooltipText(getTranslation("notification.bell"));
        badge.setId("notification-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(24rem, calc(100vw - 1rem))");
        popover.setModal(false);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                if (popover.getChildren().findAny().isEmpty()) {
                    // Built on first opening: a closed bell adds no headings or buttons to the screen's tree.
                    popover.add(header(), list, footer());
                }
                refresh();
            }
        });
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notification-list");
        list.getStyle().set("max-height", "60vh").set("overflow", "auto");
        add(bell, badge, popover);
        refreshCount();
    }

    private Component header() {
        Span title = new Span(getTranslation("notification.title"));
        title.getElement().setAttribute("role", "heading").setAttribute("aria-level", "2");
        title.getStyle().set("font-weight", "700");
        Button markAll = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(title, markAll);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return header;
    }

    private Component footer() {
        Button all = new Button(getTranslation("notification.see-all"), e -> {
            popover.close();
            UI.getCurrent().navigate(NotificationsView.class);
        });
        all.setId("notifications-see-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return all;
    }

    private void refresh() {
        list.removeAll();
        List<NotificationItem> newest = notifications.page(0, SHOWN);
        if (newest.isEmpty()) {
            Span none = new Span(getTranslation("notification.none"));
            none.setId("notifications-none");
            list.add(none);
        }
        newest.forEach(item -> list.add(NotificationEntry.of(item, getLocale(), () -> open(item))));
        refreshCount();
    }

    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        popover.close();
        refreshCount();
        UI.getCurrent().navigate(item.link());
    }

    void refreshCount() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell.unread", unread));
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        navigationListener = attachEvent.getUI().addAfterNavigationListener(e -> refreshCount());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (navigationListener != null) {
            navigationListener.remove();
        }
    }
}
