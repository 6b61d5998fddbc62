package br.com.patritech.depreciation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetService;
import br.com.patritech.depreciation.CategoryFiscalRate;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.DepreciationPolicy;
import br.com.patritech.depreciation.FiscalDepreciation;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/**
 * The fiscal schedule as people meet it: an admin turns it on at /depreciacao and edits a category's fiscal rate (a
 * refusal keeps what was typed), a gestor only reads, and the asset page shows the fiscal book value and schedule
 * beside the accounting ones only while it is on.
 */
class FiscalDepreciationUiTest extends KaribuTest {

    @Autowired AssetFixtures fixtures;
    @Autowired AssetService assets;
    @Autowired DepreciationPolicies policies;
    @Autowired DepreciationClosings closings;
    @Autowired FiscalDepreciation fiscal;
    @Autowired JdbcTemplate jdbc;

    AppUser admin;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        jdbc.update("update depreciation_settings set fiscal_schedule = false where id = 1");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    @AfterEach
    void turnTheFiscalScheduleOff() {
        jdbc.update("update depreciation_settings set fiscal_schedule = false where id = 1");
    }

    @SuppressWarnings("unchecked")
    private static Grid<CategoryFiscalRate> ratesGrid() {
        return _get(Grid.class, s -> s.withId("fiscal-rates"));
    }

    @Test
    void anAdminTurnsTheFiscalScheduleOnAndEditsARateAndARefusalKeepsWhatWasTyped() {
        long category = fixtures.newCategory("FSV");
        login(admin);
        UI.getCurrent().navigate("depreciacao");
        Checkbox on = _get(Checkbox.class, s -> s.withId("fiscal-schedule"));
        assertThat(on.getValue()).isFalse();
        assertThat(_find(Grid.class, s -> s.withId("fiscal-rates"))).isEmpty(); // hidden while off

        on.setValue(true);

        assertThat(SystemUser.callAs(admin, () -> fiscal.setting()).enabled()).isTrue();
        Grid<CategoryFiscalRate> grid = ratesGrid();
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).categoryId() == category)
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row).get(1)).isEqualTo("sem depreciação fiscal");
        GridKt._clickItem(grid, row);
        BigDecimalField rate = _get(BigDecimalField.class, s -> s.withId("fiscal-rate"));
        rate.setValue(new BigDecimal("150"));
        _click(_get(Button.class, s -> s.withId("save-fiscal-rate")));
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage())
                .isEqualTo("Informe a taxa anual de 1 a 100 %, com até 2 casas decimais, ou 0 para não depreciar.");
        assertThat(rate.getValue()).isEqualByComparingTo("150");

        rate.setValue(new BigDecimal("20"));
        _click(_get(Button.class, s -> s.withId("save-fiscal-rate")));
        assertThat(SystemUser.callAs(admin, () -> fiscal.rate(category)).annualRatePercent()).isEqualByComparingTo("20");
        assertThat(_find(Dialog.class)).isEmpty();
        Grid<CategoryFiscalRate> after = ratesGrid();
        int saved = IntStream.range(0, GridKt._size(after)).filter(i -> GridKt._get(after, i).categoryId() == category)
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(after, saved).get(1)).isEqualTo("20 % ao ano (60 meses)");

        _get(Checkbox.class, s -> s.withId("fiscal-schedule")).setValue(false);
        assertThat(SystemUser.callAs(admin, () -> fiscal.setting()).enabled()).isFalse();
    }

    @Test
    void aGestorSeesTheSettingButCannotChangeItNorTheRates() {
        SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), true));
        login(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.allOf(Permission.class)));
        UI.getCurrent().navigate("depreciacao");
        Checkbox on = _get(Checkbox.class, s -> s.withId("fiscal-schedule"));
        assertThat(on.getValue()).isTrue();
        assertThat(on.isReadOnly()).isTrue();
        GridKt._clickItem(ratesGrid(), 0);
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void theAssetPageShowsTheFiscalBookValueAndScheduleBesideTheAccountingOnesOnlyWhileOn() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("NBF");
        SystemUser.callAs(admin, () -> policies.change(category, 0, DepreciationPolicy.straightLine(60, "10")));
        SystemUser.callAs(admin, () -> fiscal.changeRate(category, 0, new BigDecimal("20")));
        var form = AssetFixtures.form(category, place, "Notebook", "12000.00");
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        var notebook = SystemUser.callAs(admin, () -> assets.create(form));
        SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), true));
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));
        login(admin);

        UI.getCurrent().navigate("bens/" + notebook.id());

        assertThat(_get(Span.class, s -> s.withId("depreciation-book-value")).getText()).isEqualTo("R$ 11.820,00");
        assertThat(_get(Span.class, s -> s.withId("depreciation-fiscal-rate")).getText())
                .isEqualTo("20 % ao ano (60 meses)");
        assertThat(_get(Span.class, s -> s.withId("depreciation-fiscal-accumulated")).getText()).isEqualTo("R$ 200,00");
        assertThat(_get(Span.class, s -> s.withId("depreciation-fiscal-book-value")).getText())
                .isEqualTo("R$ 11.800,00");
        assertThat(_get(Span.class, s -> s.withId("depreciation-fiscal-as-of")).getText()).isEqualTo("04/2024");
        assertThat(_get(Span.class, s -> s.withId("depreciation-fiscal-remaining-life")).getText())
                .isEqualTo("59 meses");
        @SuppressWarnings("unchecked")
        Grid<Object> schedule = _get(Grid.class, s -> s.withId("depreciation-fiscal-schedule"));
        assertThat(GridKt._size(schedule)).isEqualTo(1 + 12);
        assertThat(GridKt._getFormattedRow(schedule, 0)).containsExactly("04/2024", "R$ 200,00", "R$ 11.800,00");
        assertThat(GridKt._getFormattedRow(schedule, 1)).containsExactly("05/2024 (projetado)", "R$ 200,00",
                "R$ 11.600,00");

        SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), false));
        UI.getCurrent().navigate("bens");
        UI.getCurrent().navigate("bens/" + notebook.id());
        assertThat(_find(Div.class, s -> s.withId("depreciation-fiscal"))).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("depreciation-book-value")).getText()).isEqualTo("R$ 11.820,00");
    }
}
