package br.com.patritech.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

class MainLayoutTest extends KaribuTest {

    private List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void auditorDoesNotSeeAdministrationEntries() {
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Painel").doesNotContain("Usuários");
    }

    @Test
    void administratorSeesAdministrationEntries() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Painel", "Usuários");
    }

    @Test
    void gestorSeesUsersOnlyWithTheUserManagementFlag() {
        login(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.of(Permission.ASSET_CREATE)));
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).doesNotContain("Usuários");
    }

    @Test
    void languageSwitchChangesVisibleText() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Painel");

        // Karibu 2.6.2 _setValue calls a Vaadin-24-only internal; setValue fires the same listener.
        _get(LanguageSelect.class).setValue(Locale.ENGLISH);

        assertThat(_get(H2.class).getText()).isEqualTo("Dashboard");
        assertThat(menuLabels()).contains("Dashboard", "Users");
    }

    @Test
    void userWhoMustChangePasswordIsSentToThePasswordChangeFirst() {
        AppUser user = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        login(new AppUser(user.id(), user.name(), user.login(), user.role(), user.unitIds(), user.permissions(), true));
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(MainLayout.CHANGE_PASSWORD_ROUTE);
    }
}
