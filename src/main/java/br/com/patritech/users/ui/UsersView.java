package br.com.patritech.users.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import br.com.patritech.base.Cpf;
import br.com.patritech.security.Permission;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.UserSummary;

/** People who may log in; only for administrators and holders of USER_MANAGE. */
@Route("usuarios")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed({Permission.Roles.ADMIN, Permission.Roles.USER_MANAGE})
class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserService userService) {
        setId("users-view");
        setSizeFull();
        Grid<UserSummary> grid = new Grid<>();
        grid.addColumn(UserSummary::name).setHeader(getTranslation("user.name")).setAutoWidth(true);
        grid.addColumn(u -> Cpf.format(u.cpf())).setHeader(getTranslation("user.cpf"));
        grid.addColumn(UserSummary::email).setHeader(getTranslation("user.email"));
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("user.role"));
        grid.addColumn(u -> getTranslation(u.active() ? "user.active" : "user.inactive"))
                .setHeader(getTranslation("user.status"));
        grid.setItems(query -> userService.list(query.getOffset(), query.getLimit()).stream());
        add(new H2(getTranslation("users.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
