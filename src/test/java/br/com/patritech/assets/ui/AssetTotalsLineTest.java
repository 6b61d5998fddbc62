package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import br.com.patritech.assets.AssetRow;

/**
 * The totals line above the list: exact count and money when the count is known exactly, "more than" and no money
 * when a search matches more than the limit (here 2, so that three assets exceed it), while the rows still show.
 */
@TestPropertySource(properties = {"patritech.assets.exact-totals-limit=2", "patritech.assets.search-totals-limit=2",
        "patritech.assets.grid-scroll-rows=2"})
class AssetTotalsLineTest extends AssetScreenTest {

    @Test
    void aSearchMatchingMoreThanTheLimitSaysMoreThanAndShowsNoValue() {
        String marker = "Lote" + System.nanoTime();
        register(marker + " a", "10.00");
        register(marker + " b", "20.00");
        register(marker + " c", "30.00");
        UI.getCurrent().navigate("bens");

        _get(TextField.class, spec -> spec.withId("asset-search")).setValue(marker);

        assertThat(_get(Span.class, spec -> spec.withId("asset-totals")).getText())
                .isEqualTo("Mais de 2 bens encontrados · refine a busca para ver o valor ativo");
        List<AssetRow> rows = GridKt._fetch(_get(AssetGrid.class), 0, 50);
        assertThat(rows).hasSize(3);
    }

    @Test
    void sortingABroadSearchByNameIsTakenBackWithANoticeWhileSortingByTomboIsKept() {
        String marker = "Amplo" + System.nanoTime();
        register(marker + " b", "10.00");
        register(marker + " c", "20.00");
        register(marker + " a", "30.00");
        UI.getCurrent().navigate("bens");
        _get(TextField.class, spec -> spec.withId("asset-search")).setValue(marker);
        AssetGrid grid = _get(AssetGrid.class);

        grid.sortBy("name");

        assertThat(grid.getSortOrder()).isEmpty();
        assertThat(_get(Notification.class, spec -> spec.withId("broad-search-sort-notice")).getElement()
                .getProperty("text")).startsWith("Mais de 2 bens correspondem à busca");
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(AssetRow::name)
                .containsExactly(marker + " a", marker + " c", marker + " b"); // newest first

        grid.sortBy("-tombo");
        assertThat(grid.sortSpec()).isEqualTo("-tombo");
        assertThat(GridKt._fetch(grid, 0, 50)).hasSize(3);
    }

    @Test
    void aSearchWithinTheLimitAndAUnitsPageShowTheExactCountAndValue() {
        String marker = "Lote" + System.nanoTime();
        register(marker + " a", "10.00");
        register(marker + " b", "20.50");
        UI.getCurrent().navigate("bens");

        _get(TextField.class, spec -> spec.withId("asset-search")).setValue(marker);

        assertThat(_get(Span.class, spec -> spec.withId("asset-totals")).getText())
                .isEqualTo("2 bens encontrados · valor ativo R$ 30,50");

        register("Terceiro", "1.00"); // three in the unit: more than the limit, yet counted exactly (maintained cells)
        UI.getCurrent().navigate("unidades/" + place.unitId() + "/bens");
        assertThat(_get(Span.class, spec -> spec.withId("asset-totals")).getText())
                .isEqualTo("3 bens encontrados · valor ativo R$ 31,50");
    }

    /**
     * The scroll bar spans at most {@code patritech.assets.grid-scroll-rows} rows and grows as the user scrolls on:
     * Vaadin's grid sized for 1,000,000 rows leaves a jump to row 5,000 blank (measured: 199 requests and nothing
     * shown in 20 s; vaadin/flow#6261). The totals line keeps the exact count, and every row is still listed.
     */
    @Test
    void theScrollBarSpansAtMostTheConfiguredRowsWhileTheTotalsStayExact() {
        register("Primeiro", "1.00");
        register("Segundo", "2.00");
        register("Terceiro", "3.00");
        UI.getCurrent().navigate("unidades/" + place.unitId() + "/bens");
        AssetGrid grid = _get(AssetGrid.class);

        assertThat(_get(Span.class, spec -> spec.withId("asset-totals")).getText())
                .isEqualTo("3 bens encontrados · valor ativo R$ 6,00");
        assertThat(grid.getLazyDataView().getItemCountEstimate()).isEqualTo(2);
        assertThat(GridKt._fetch(grid, 0, 50)).hasSize(3);
    }
}
