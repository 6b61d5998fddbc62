package br.com.patritech.users.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.base.ui.FormDialog;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.users.UserService.Grants;
import br.com.patritech.users.UserService.UserForm;
import br.com.patritech.users.UserService.UserSummary;

/**
 * A person's data, role, units and flags. Offers only the roles, units and flags the editor may grant; units
 * and flags matter for gestores only, so they show for that role.
 */
class UserEditor extends FormDialog<UserSummary, UserForm> {

    private final TextField name = errors.field("name", new TextField(getTranslation("user.name")));
    private final CpfField cpf = errors.field("cpf", new CpfField(getTranslation("user.cpf")));
    private final EmailField email = errors.field("email", new EmailField(getTranslation("user.email")));
    private final TextField phone = errors.field("phone", new TextField(getTranslation("user.phone")));
    private final TextField address = errors.field("address", new TextField(getTranslation("user.address")));
    private final Select<Role> role = errors.field("role", new Select<>());
    private final MultiSelectComboBox<UnitSummary> units = errors.field("unitIds", new MultiSelectComboBox<>());
    private final CheckboxGroup<Permission> permissions = errors.field("permissions", new CheckboxGroup<>());
    private final List<UnitSummary> grantableUnits;

    UserEditor(Grants grants, List<UnitSummary> grantableUnits) {
        super("user-editor");
        this.grantableUnits = grantableUnits;
        name.setId("user-name");
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        cpf.setId("user-cpf");
        cpf.setRequiredIndicatorVisible(true);
        email.setId("user-email");
        email.setMaxLength(200);
        phone.setId("user-phone");
        phone.setMaxLength(30);
        address.setId("user-address");
        address.setMaxLength(300);
        role.setId("user-role");
        role.setLabel(getTranslation("user.role"));
        role.setRequiredIndicatorVisible(true);
        role.setPlaceholder(getTranslation("user.role.choose"));
        role.setItems(Arrays.stream(Role.values()).filter(grants.roles()::contains).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> showGestorFields());
        units.setId("user-units");
        units.setLabel(getTranslation("user.units"));
        units.setItems(grantableUnits);
        units.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        permissions.setId("user-permissions");
        permissions.setLabel(getTranslation("user.permissions"));
        permissions.setItems(Arrays.stream(Permission.values()).filter(grants.permissions()::contains).toList());
        permissions.setItemLabelGenerator(p -> getTranslation("permission." + p.name()));
        addFields(name, cpf, email, phone, address, role, units, permissions);
        setColspan(address, units, permissions);
    }

    private void setColspan(com.vaadin.flow.component.Component... wide) {
        for (var component : wide) {
            component.getElement().setAttribute("colspan", "2");
        }
    }

    private void showGestorFields() {
        boolean gestor = role.getValue() == Role.GESTOR;
        units.setVisible(gestor);
        permissions.setVisible(gestor);
    }

    @Override
    protected void fill(UserSummary user) {
        name.setValue(user == null ? "" : user.name());
        cpf.setValue(user == null || user.cpf() == null ? "" : user.cpf());
        email.setValue(user == null || user.email() == null ? "" : user.email());
        phone.setValue(user == null || user.phone() == null ? "" : user.phone());
        address.setValue(user == null || user.address() == null ? "" : user.address());
        // No role is preselected (unless only one may be granted): a default gestor had no unit and no
        // permission, a trap for the person creating it.
        List<Role> offered = role.getListDataView().getItems().toList();
        role.setValue(user != null ? user.role() : offered.size() == 1 ? offered.get(0) : null);
        units.setValue(user == null ? Set.of() : grantableUnits.stream()
                .filter(u -> user.unitIds().contains(u.id())).collect(Collectors.toSet()));
        permissions.setValue(user == null ? Set.of() : user.permissions().stream()
                .filter(p -> permissions.getListDataView().contains(p)).collect(Collectors.toSet()));
        showGestorFields();
    }

    @Override
    protected UserForm read() {
        boolean gestor = role.getValue() == Role.GESTOR;
        return new UserForm(name.getValue(), cpf.getValue(), email.getValue(), phone.getValue(), address.getValue(),
                role.getValue(), gestor ? units.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet())
                : Set.of(), gestor ? Set.copyOf(permissions.getValue()) : Set.of());
    }
}
