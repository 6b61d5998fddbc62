package br.com.patritech.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** A new user starts with no role chosen: the person creating it decides, instead of a powerless gestor. */
class NewUserDefaultsTest extends KaribuTest {

    @Test
    void newUserHasNoRoleUntilOneIsChosenAndTheRoleIsMarkedRequired() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("usuarios");
        _click(_get(Button.class, spec -> spec.withId("new-user")));

        Select<?> role = _get(Select.class, spec -> spec.withId("user-role"));
        assertThat(role.getValue()).isNull();
        assertThat(role.isRequiredIndicatorVisible()).isTrue();
    }
}
