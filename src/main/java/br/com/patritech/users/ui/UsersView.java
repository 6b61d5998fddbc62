package br.com.patritech.users.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import br.com.patritech.base.Cpf;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.FormDialog.SaveEvent;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.base.ui.RowActions;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.Grants;
import br.com.patritech.users.UserService.UserForm;
import br.com.patritech.users.UserService.UserSummary;

/** People who may log in; only for administrators and holders of USER_MANAGE. Paged and searched in SQL. */
@Route(UsersNavigation.USERS)
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed({Permission.Roles.ADMIN, Permission.Roles.USER_MANAGE})
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final UserEditor editor;
    private final Map<Long, String> unitCodes;
    private final List<UserRowAction> rowActions;

    UsersView(UserService userService, OrganizationService organization, ObjectProvider<UserRowAction> rowActions) {
        this.userService = userService;
        this.rowActions = rowActions.orderedStream().toList();
        setId("users-view");
        setSizeFull();
        Grants grants = userService.grants();
        List<UnitSummary> units = organization.visibleUnits();
        unitCodes = units.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::code));
        editor = new UserEditor(grants, units.stream().filter(u -> grants.allowsUnit(u.id())).toList());
        editor.addSaveListener(this::save);
        search.setId("users-search");
        search.setPlaceholder(getTranslation("user.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(),
                e -> editor.openNew(getTranslation("user.new")));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new H2(getTranslation("users.title")), toolbar, grid);
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(UserSummary::name).setHeader(getTranslation("user.name")).setAutoWidth(true)
                .setTooltipGenerator(UserSummary::name);
        grid.addColumn(u -> Cpf.format(u.cpf())).setHeader(getTranslation("user.cpf")).setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("user.email"))
                .setTooltipGenerator(u -> u.email() == null ? "" : u.email());
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("user.role"));
        grid.addColumn(u -> u.unitIds().stream().map(unitCodes::get).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.units"));
        grid.addColumn(u -> getTranslation(u.active() ? "user.active" : "user.inactive"))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> userService.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> userService.count(search.getValue()));
    }

    private RowActions actions(UserSummary user) {
        RowActions actions = new RowActions();
        if (!userService.mayManage(user)) {
            return actions;
        }
        Button edit = RowActions.icon(VaadinIcon.EDIT, getTranslation("admin.edit.named", user.name()),
                () -> editor.openEdit(getTranslation("user.edit"), user));
        edit.setId("edit-user-" + user.id());
        Button active = RowActions.icon(user.active() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE,
                getTranslation(user.active() ? "user.deactivate" : "user.reactivate"), () -> setActive(user, !user.active()));
        active.setId("toggle-active-" + user.id());
        Button reset = RowActions.icon(VaadinIcon.KEY, getTranslation("user.reset-password"),
                () -> ConfirmAction.ask(getTranslation("user.reset-password"),
                        getTranslation("user.reset-password.confirm", user.name()), getTranslation("user.reset-password"),
                        () -> new IssuedPasswordDialog(userService.resetPassword(user.id(), user.version())).open(),
                        null, grid.getDataProvider()::refreshAll));
        reset.setId("reset-password-" + user.id());
        actions.add(edit, active, reset);
        rowActions.forEach(a -> a.button(user, grid.getDataProvider()::refreshAll).ifPresent(actions::add));
        return actions;
    }

    private void setActive(UserSummary user, boolean active) {
        try {
            userService.setActive(user.id(), user.version(), active);
            Notification.show(getTranslation(active ? "user.reactivated" : "user.deactivated"));
        } catch (RuntimeException refusal) {
            FormErrors.notify(refusal);
        }
        grid.getDataProvider().refreshAll();
    }

    private void save(SaveEvent<UserSummary, UserForm> event) {
        try {
            if (event.editing() == null) {
                new IssuedPasswordDialog(userService.create(event.form())).open();
            } else {
                userService.update(event.editing().id(), event.editing().version(), event.form());
                Notification.show(getTranslation("admin.saved"));
            }
        } catch (RuntimeException refusal) {
            editor.refuse(refusal);
            return;
        }
        editor.close();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
