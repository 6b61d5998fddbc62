package br.com.patritech.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** A wrong address or a screen the user may not open shows a translated page inside the layout. */
class ErrorPagesTest extends KaribuTest {

    @Test
    void auditorOpeningUsersSeesANotAllowedPageInPortuguese() {
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));

        UI.getCurrent().navigate("usuarios");

        assertThat(_get(H2.class).getText()).isEqualTo("Acesso não permitido");
        assertThat(_get(SideNav.class).isVisible()).isTrue();
    }

    @Test
    void gestorWithoutUserManagementSeesTheSamePage() {
        login(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.of(Permission.ASSET_CREATE)));

        UI.getCurrent().navigate("usuarios");

        assertThat(_get(H2.class).getText()).isEqualTo("Acesso não permitido");
    }

    @Test
    void mistypedAddressShowsANotFoundPageWithAWayBack() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));

        // As the browser does when the address is typed: UI.navigate would hand unknown paths to the client router.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("bens-que-nao-existem"), NavigationTrigger.PAGE_LOAD);

        assertThat(_get(H2.class).getText()).isEqualTo("Página não encontrada");
        assertThat(_get(SideNav.class).isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("error-home")).getText())
                .isEqualTo("Ir para o painel");
    }
}
