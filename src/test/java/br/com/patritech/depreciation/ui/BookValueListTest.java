package br.com.patritech.depreciation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetService;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.DepreciationPolicy;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** The asset list shows each asset's book value and the book value of its filter, following the filter. */
class BookValueListTest extends KaribuTest {

    @Autowired AssetFixtures fixtures;
    @Autowired AssetService assets;
    @Autowired DepreciationPolicies policies;
    @Autowired DepreciationClosings closings;
    @Autowired JdbcTemplate jdbc;

    AppUser admin;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        login(admin);
    }

    private AssetDetails register(long category, AssetFixtures.Place place, String name, String value) {
        var form = AssetFixtures.form(category, place, name, value);
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        return assets.create(form);
    }

    @Test
    void theListShowsBookValuesAndTheTotalFollowsTheSearch() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("NB");
        policies.change(category, 0, DepreciationPolicy.straightLine(60, "10"));
        AssetDetails notebook = register(category, place, "Notebook", "12000.00");
        AssetDetails monitor = register(category, place, "Monitor", "6000.00");
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));

        UI.getCurrent().navigate("bens");
        Span total = _get(Span.class, s -> s.withId("asset-book-value-total"));
        assertThat(total.getText()).startsWith("Valor contábil em 04/2024: R$");

        _get(TextField.class, s -> s.withId("asset-search")).setValue(notebook.tombo());
        assertThat(total.getText()).isEqualTo("Valor contábil em 04/2024: R$ 11.820,00");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("asset-grid"));
        assertThat(grid.getColumnByKey("book-value").getHeaderText()).isEqualTo("Valor contábil");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("R$ 11.820,00");

        _get(TextField.class, s -> s.withId("asset-search")).setValue(monitor.tombo());
        assertThat(total.getText()).isEqualTo("Valor contábil em 04/2024: R$ 5.910,00");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("R$ 5.910,00");
    }

    @Test
    void beforeTheFirstClosingNoBookValueTotalIsShown() {
        UI.getCurrent().navigate("bens");
        assertThat(_find(Span.class, s -> s.withId("asset-book-value-total"))).isEmpty();
    }
}
