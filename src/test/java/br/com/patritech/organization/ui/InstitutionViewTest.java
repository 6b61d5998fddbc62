package br.com.patritech.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.base.Installation;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** /instituicao: an administrator saves the letterhead; a wrong CNPJ is shown on its field and nothing is lost. */
class InstitutionViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Installation installation;

    @BeforeEach
    @AfterEach
    void forget() {
        jdbc.update("delete from institution_settings"); // other tests print the environment's name
    }

    @Test
    void aWrongCnpjIsShownOnItsFieldAndARightOneIsSaved() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("instituicao");
        TextField name = _get(TextField.class, spec -> spec.withId("institution-name"));
        TextField cnpj = _get(TextField.class, spec -> spec.withId("institution-cnpj"));
        name.setValue("Instituto Federal do Sertão");
        cnpj.setValue("11.222.333/0001-82");
        _click(_get(Button.class, spec -> spec.withId("institution-save")));

        assertThat(cnpj.isInvalid()).isTrue();
        assertThat(cnpj.getErrorMessage()).isEqualTo("CNPJ inválido: confira os dígitos.");
        assertThat(name.getValue()).isEqualTo("Instituto Federal do Sertão");

        cnpj.setValue("11222333000181");
        _click(_get(Button.class, spec -> spec.withId("institution-save")));
        assertThat(cnpj.getValue()).isEqualTo("11.222.333/0001-81");
        assertThat(installation.institutionName()).isEqualTo("Instituto Federal do Sertão");
    }

    @Test
    void aGestorCannotOpenIt() {
        login(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), Set.of()));
        UI.getCurrent().navigate("instituicao");
        assertThat(_find(TextField.class, spec -> spec.withId("institution-name"))).isEmpty();
    }
}
