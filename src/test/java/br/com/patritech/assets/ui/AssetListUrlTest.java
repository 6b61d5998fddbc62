package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** The list's search and filters live in the URL, so Back, reload and bookmarks keep them. */
class AssetListUrlTest extends AssetScreenTest {

    @Test
    @SuppressWarnings("unchecked")
    void filterInTheUrlIsShownInTheFieldsAndFiltersTheGrid() {
        AssetDetails wanted = register(place, "Cadeira giratória URL", "10.00");
        register(otherPlace, "Cadeira giratória URL", "10.00");
        register(place, "Mesa URL", "10.00");

        UI.getCurrent().navigate("bens", com.vaadin.flow.router.QueryParameters.fromString(
                "q=Cadeira&unit=" + place.unitId() + "&status=ATIVO&sort=-value"));

        assertThat(_get(TextField.class, spec -> spec.withId("asset-search")).getValue()).isEqualTo("Cadeira");
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("filter-unit"));
        assertThat(unit.getValue().id()).isEqualTo(place.unitId());
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-status")).getValue()).isEqualTo(AssetStatus.ATIVO);
        List<AssetRow> rows = GridKt._fetch(_get(AssetGrid.class), 0, 50);
        assertThat(rows).extracting(AssetRow::id).containsExactly(wanted.id());
    }

    @Test
    void changingAFilterPutsItIntoTheUrl() {
        UI.getCurrent().navigate("bens");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        _get(TextField.class, spec -> spec.withId("asset-search")).setValue("Mesa azul");

        assertThat(urlsWritten()).anyMatch(url -> url.equals("bens?q=Mesa%20azul"));
    }

    @Test
    void backToTheListFromAnAssetKeepsTheSearch() {
        AssetDetails wanted = register(place, "Projetor URL", "10.00");
        register(place, "Tela URL", "10.00");
        UI.getCurrent().navigate("bens");
        _get(TextField.class, spec -> spec.withId("asset-search")).setValue("Projetor URL");
        UI.getCurrent().navigate("bens/" + wanted.id());

        _click(_get(Button.class, spec -> spec.withId("back-to-list")));

        assertThat(_get(TextField.class, spec -> spec.withId("asset-search")).getValue()).isEqualTo("Projetor URL");
        assertThat(GridKt._fetch(_get(AssetGrid.class), 0, 50)).extracting(AssetRow::id).containsExactly(wanted.id());
    }

    /** The addresses the page told the browser to show (history.replaceState / Vaadin's navigate event). */
    private static List<String> urlsWritten() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("history")
                        || i.getInvocation().getExpression().contains("vaadin-navigate"))
                .flatMap(i -> i.getInvocation().getParameters().stream())
                .map(String::valueOf)
                .filter(s -> s.startsWith("bens"))
                .toList();
    }
}
