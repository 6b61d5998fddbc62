package br.com.patritech.base.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/** Tells a component the browser window's width now and after each resize, to fit what it shows to it. */
public final class WindowWidth {

    private WindowWidth() {
    }

    public static void track(Component component, IntConsumer onWidth) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> onWidth.accept(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> onWidth.accept(e.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
