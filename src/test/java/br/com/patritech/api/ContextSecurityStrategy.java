package br.com.patritech.api;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Vaadin installs a global SecurityContextHolderStrategy (with its own thread-local) per application context. With
 * H2 and PostgreSQL API contexts cached side by side, the last one started would win, and the other's services would
 * not see the user its filters authenticated (every call a 403). Before each test, the strategy of the test's own
 * context is put back.
 */
class ContextSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class));
    }
}
