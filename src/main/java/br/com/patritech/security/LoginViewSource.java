package br.com.patritech.security;

import com.vaadin.flow.component.Component;

/**
 * Names the login view for the UI filter chain. {@code security/ui} provides it, so the security configuration
 * does not reach into a UI package (docs/decisions/0001-package-by-feature.md).
 */
public interface LoginViewSource {

    Class<? extends Component> loginView();
}
