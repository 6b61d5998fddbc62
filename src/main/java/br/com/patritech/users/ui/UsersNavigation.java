package br.com.patritech.users.ui;

import com.vaadin.flow.component.UI;

import br.com.patritech.base.ui.MainLayout;

/** Where the user screens live; the password change route is the layout's, which forces it at first login. */
public final class UsersNavigation {

    static final String USERS = "usuarios";
    static final String CHANGE_PASSWORD = MainLayout.CHANGE_PASSWORD_ROUTE;

    private UsersNavigation() {
    }

    public static void toUsers() {
        UI.getCurrent().navigate(UsersView.class);
    }

    public static void toChangePassword() {
        UI.getCurrent().navigate(ChangePasswordView.class);
    }
}
