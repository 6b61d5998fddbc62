package br.com.patritech.operations;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.vaadin.flow.component.UI;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import br.com.patritech.base.RequestId;

/**
 * The last {@value #CAPACITY} ERROR log events of this instance, for the operator's page: when, the request id, the
 * route (without ids) and the exception's class. Never the message: it may carry what a user typed.
 */
@Component
class RecentErrors extends AppenderBase<ILoggingEvent> implements DisposableBean {

    static final int CAPACITY = 50;
    static final String ROUTE_KEY = "route";

    private final Deque<RecentError> errors = new ArrayDeque<>();

    RecentErrors() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(context);
        setName("patritech-recent-errors");
        ensureAttached();
    }

    /**
     * Spring Boot re-initialising logging (another application context in the same JVM, as in tests) drops every
     * appender added in code: callers re-attach it before relying on it (each request, the operator's page).
     */
    void ensureAttached() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!root.isAttached(this)) {
            start();
            root.addAppender(this);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return;
        }
        var mdc = event.getMDCPropertyMap();
        String error = event.getThrowableProxy() != null ? event.getThrowableProxy().getClassName() : "-";
        RecentError entry = new RecentError(Instant.ofEpochMilli(event.getTimeStamp()),
                mdc.getOrDefault(RequestId.MDC_KEY, "-"), route(mdc.getOrDefault(ROUTE_KEY, "-")), error);
        synchronized (errors) {
            errors.addFirst(entry);
            while (errors.size() > CAPACITY) {
                errors.removeLast();
            }
        }
    }

    /** In a Vaadin request the screen says more than the UIDL address: "UI /bens/{id}". */
    private static String route(String requestRoute) {
        UI ui = UI.getCurrent();
        if (ui == null || ui.getInternals().getActiveViewLocation() == null) {
            return requestRoute;
        }
        return "UI " + Routes.template(ui.getInternals().getActiveViewLocation().getPath());
    }

    /** Newest first. */
    List<RecentError> list() {
        ensureAttached();
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void destroy() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(this);
        stop();
    }
}
