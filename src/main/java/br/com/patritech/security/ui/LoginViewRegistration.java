package br.com.patritech.security.ui;

import br.com.patritech.security.LoginViewSource;

/** Hands {@link LoginView} to the UI filter chain. */
@org.springframework.stereotype.Component
class LoginViewRegistration implements LoginViewSource {

    @Override
    public Class<? extends com.vaadin.flow.component.Component> loginView() {
        return LoginView.class;
    }
}
