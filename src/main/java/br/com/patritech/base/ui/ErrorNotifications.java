package br.com.patritech.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected error in an event listener into a sentence in the user's language; the stack trace
 * goes to the log, never to the screen. What the user typed stays in the form.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootOf(event.getThrowable());
            String key;
            if (cause instanceof AccessDeniedException) {
                key = "error.access-denied";
            } else if (cause instanceof ObjectOptimisticLockingFailureException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                key = "error.concurrent-change";
            } else {
                key = "error.unexpected";
                log.error("Unexpected error in the UI", event.getThrowable());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(ui.getTranslation(key), 6000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        private static Throwable rootOf(Throwable throwable) {
            Throwable current = throwable;
            while (current.getCause() != null && !(current instanceof AccessDeniedException)
                    && !(current instanceof ObjectOptimisticLockingFailureException)) {
                current = current.getCause();
            }
            return current;
        }
    }
}
