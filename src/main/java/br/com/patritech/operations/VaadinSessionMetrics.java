package br.com.patritech.operations;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Vaadin sessions and UIs (browser tabs) alive on this instance: {@code patritech_vaadin_sessions} and
 * {@code patritech_vaadin_uis}. Counted from Vaadin's own init/destroy and attach/detach listeners.
 */
@Component
class VaadinSessionMetrics implements MeterBinder, VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("patritech.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions alive on this instance").register(registry);
        Gauge.builder("patritech.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) alive on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    int sessionsNow() {
        return sessions.get();
    }
}
