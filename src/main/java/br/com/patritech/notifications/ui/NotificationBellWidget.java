package br.com.patritech.notifications.ui;

import org.springframework.stereotype.Component;

import br.com.patritech.base.ui.NavbarWidget;
import br.com.patritech.notifications.NotificationService;

/** Puts the bell into the layout's top bar (decision 0018). */
@Component
class NotificationBellWidget implements NavbarWidget {

    private final NotificationService notifications;

    NotificationBellWidget(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications);
    }
}
