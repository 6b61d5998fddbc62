package br.com.patritech.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService.UserSummary;

class UsersViewTest extends KaribuTest {

    private List<UnitSummary> units() {
        return SystemUser.call(() -> context.getBean(OrganizationService.class).visibleUnits());
    }

    private void openNewUserFormAs(Role role, Set<Long> units, Set<Permission> flags) {
        login(testUsers.principal(role, units, flags));
        UI.getCurrent().navigate("usuarios");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gestorUserManagerIsOfferedOnlyTheirRoleUnitsAndFlags() {
        UnitSummary own = units().get(0);
        openNewUserFormAs(Role.GESTOR, Set.of(own.id()), EnumSet.of(Permission.USER_MANAGE, Permission.ASSET_CREATE));

        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        assertThat(role.getListDataView().getItems()).containsExactly(Role.GESTOR);
        MultiSelectComboBox<UnitSummary> unitChoice = _get(MultiSelectComboBox.class, spec -> spec.withId("user-units"));
        assertThat(unitChoice.getListDataView().getItems()).extracting(UnitSummary::id).containsExactly(own.id());
        CheckboxGroup<Permission> flags = _get(CheckboxGroup.class, spec -> spec.withId("user-permissions"));
        assertThat(flags.getListDataView().getItems())
                .containsExactlyInAnyOrder(Permission.USER_MANAGE, Permission.ASSET_CREATE);
        assertThat(flags.getItemLabelGenerator().apply(Permission.ASSET_CREATE)).isEqualTo("Pode cadastrar bens");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorIsOfferedEveryRoleAndUnit() {
        openNewUserFormAs(Role.ADMIN, Set.of(), Set.of());
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        assertThat(role.getListDataView().getItems()).contains(Role.ADMIN, Role.AUDITOR, Role.GESTOR);
        role.setValue(Role.GESTOR);
        MultiSelectComboBox<UnitSummary> unitChoice = _get(MultiSelectComboBox.class, spec -> spec.withId("user-units"));
        assertThat(unitChoice.getListDataView().getItems()).hasSize(units().size());
    }

    @Test
    void wrongCpfCheckDigitIsShownOnTheFieldAndAValidOneIsFormatted() {
        openNewUserFormAs(Role.ADMIN, Set.of(), Set.of());
        TextField cpf = _get(TextField.class, spec -> spec.withId("user-cpf"));
        String valid = TestUsers.randomCpf();
        String wrongDigit = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);

        cpf.setValue(wrongDigit);
        assertThat(cpf.isInvalid()).isTrue();
        assertThat(cpf.getErrorMessage()).isEqualTo("CPF inválido: confira os dígitos");

        cpf.setValue(valid);
        assertThat(cpf.isInvalid()).isFalse();
        assertThat(cpf.getValue()).isEqualTo(valid.substring(0, 3) + "." + valid.substring(3, 6) + "."
                + valid.substring(6, 9) + "-" + valid.substring(9));
    }

    @Test
    void wrongCpfIsRefusedOnSaveNextToTheFieldKeepingTheOtherValues() {
        openNewUserFormAs(Role.ADMIN, Set.of(), Set.of());
        _get(TextField.class, spec -> spec.withId("user-name")).setValue("Fulana de Tal");
        _get(TextField.class, spec -> spec.withId("user-cpf")).setValue("111.444.777-36");
        _get(Select.class, spec -> spec.withId("user-role")).setValue(Role.AUDITOR);
        _click(_get(Button.class, spec -> spec.withId("user-editor-save")));

        TextField cpf = _get(TextField.class, spec -> spec.withId("user-cpf"));
        assertThat(cpf.isInvalid()).isTrue();
        assertThat(cpf.getErrorMessage()).isEqualTo("CPF inválido: confira os dígitos");
        assertThat(_get(TextField.class, spec -> spec.withId("user-name")).getValue()).isEqualTo("Fulana de Tal");
    }

    @Test
    @SuppressWarnings("unchecked")
    void gestorListsOnlyPeopleOfTheirUnits() {
        UnitSummary own = units().get(0);
        UnitSummary other = units().get(1);
        UserSummary colleague = testUsers.create(Role.GESTOR, Set.of(own.id()), Set.of());
        UserSummary stranger = testUsers.create(Role.GESTOR, Set.of(other.id()), Set.of());
        login(testUsers.principal(Role.GESTOR, Set.of(own.id()), EnumSet.of(Permission.USER_MANAGE)));
        UI.getCurrent().navigate("usuarios");

        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._findAll(grid)).extracting(UserSummary::id).contains(colleague.id())
                .doesNotContain(stranger.id());
    }
}
