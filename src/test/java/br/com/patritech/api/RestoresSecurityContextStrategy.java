package br.com.patritech.api;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts its own application context while another (cached) one serves HTTP: Vaadin installs
 * a new global SecurityContextHolderStrategy (with its own thread-local) per context, so the cached context's
 * services would no longer see the user its filters authenticated (every call a 403). Puts the previous strategy
 * back when the class is done.
 */
class RestoresSecurityContextStrategy implements BeforeAllCallback, AfterAllCallback {

    private SecurityContextHolderStrategy previous;

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = SecurityContextHolder.getContextHolderStrategy();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(previous);
    }
}
