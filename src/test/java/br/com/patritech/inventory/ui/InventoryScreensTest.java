package br.com.patritech.inventory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetRow;
import br.com.patritech.inventory.InventoryFixtures;
import br.com.patritech.inventory.InventoryFixtures.World;
import br.com.patritech.support.KaribuTest;

/** The label link, the campaign screen and the labels button on the asset list. */
class InventoryScreensTest extends KaribuTest {

    @Autowired
    InventoryFixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void aLabelsLinkOpensTheAssetAndATomboOutsideTheUsersUnitsIsNotFound() {
        login(w.gestor());
        UI.getCurrent().navigate("t/" + w.inA().tombo());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("bens/" + w.inA().id());
        UI.getCurrent().navigate("t/" + w.elsewhere().tombo());
        assertThat(_get(H2.class).getText()).isEqualTo("Bem não encontrado");
    }

    @Test
    void closingFromTheCampaignScreenLiftsTheFreezeAndKeepsTheReport() {
        var campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        login(w.gestor());
        UI.getCurrent().navigate("inventario/" + campaign.id());
        assertThat(_get(Span.class, spec -> spec.withId("campaign-status")).getText()).isEqualTo("Aberta");
        _click(_get(Button.class, spec -> spec.withId("campaign-close")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_get(Span.class, spec -> spec.withId("campaign-status")).getText()).isEqualTo("Encerrada");
        assertThat(_find(Button.class, spec -> spec.withId("campaign-close"))).allMatch(b -> !b.isVisible());
        assertThat(_find(Button.class, spec -> spec.withId("campaign-count"))).allMatch(b -> !b.isVisible());
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("report-pdf"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorSeesTheLabelsButtonOnTheAssetListButCannotOpenACampaign() {
        login(w.auditor());
        UI.getCurrent().navigate("bens");
        assertThat(_find(Button.class, spec -> spec.withId("selection-labels"))).isEmpty(); // until a row is ticked
        Grid<AssetRow> grid = _get(Grid.class, spec -> spec.withId("asset-grid"));
        grid.select(GridKt._fetch(grid, 0, 1).get(0));
        _get(Button.class, spec -> spec.withId("selection-labels"));
        UI.getCurrent().navigate("inventario");
        assertThat(_find(Button.class, spec -> spec.withId("new-campaign"))).isEmpty();
        _get(Button.class, spec -> spec.withId("labels-page"));
    }
}
