package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** What a user may not do is not offered: no fillable form that cannot be saved. */
class RefusedScreensTest extends KaribuTest {

    @Test
    void auditorOpeningNewAssetGetsTheNotAllowedPageAndNoForm() {
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));

        UI.getCurrent().navigate("bens/novo");

        assertThat(_get(H2.class).getText()).isEqualTo("Acesso não permitido");
        assertThat(_find(Button.class, spec -> spec.withId("save-asset"))).isEmpty();
    }

    @Test
    void auditorSeesNoButtonLeadingToTheNewAssetForm() {
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("bens");
        assertThat(_find(Button.class, spec -> spec.withId("new-asset"))).isEmpty();
    }
}
