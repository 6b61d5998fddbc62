package br.com.patritech.depreciation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetService;
import br.com.patritech.depreciation.Adjustment;
import br.com.patritech.depreciation.AdjustmentKind;
import br.com.patritech.depreciation.DepreciationAdjustments;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.DepreciationPolicy;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** The asset page shows book value, accumulated depreciation and the schedule, through AssetPageSection. */
class DepreciationSectionTest extends KaribuTest {

    @Autowired AssetFixtures fixtures;
    @Autowired AssetService assets;
    @Autowired DepreciationPolicies policies;
    @Autowired DepreciationClosings closings;
    @Autowired DepreciationAdjustments adjustments;
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

    @Test
    void theAssetPageShowsBookValueAsOfTheLastClosedMonthAndTheScheduleAhead() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("NB");
        policies.change(category, 0, DepreciationPolicy.straightLine(60, "10"));
        var form = AssetFixtures.form(category, place, "Notebook", "12000.00");
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        var notebook = assets.create(form);
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));

        UI.getCurrent().navigate("bens/" + notebook.id());

        assertThat(_get(Span.class, s -> s.withId("depreciation-accumulated")).getText()).isEqualTo("R$ 180,00");
        assertThat(_get(Span.class, s -> s.withId("depreciation-book-value")).getText()).isEqualTo("R$ 11.820,00");
        assertThat(_get(Span.class, s -> s.withId("depreciation-as-of")).getText()).isEqualTo("04/2024");
        assertThat(_get(Span.class, s -> s.withId("depreciation-remaining-life")).getText()).isEqualTo("59 meses");
        @SuppressWarnings("unchecked")
        Grid<Object> schedule = _get(Grid.class, s -> s.withId("depreciation-schedule"));
        assertThat(GridKt._size(schedule)).isEqualTo(1 + 12);
        assertThat(GridKt._getFormattedRow(schedule, 0)).containsExactly("04/2024", "R$ 180,00", "R$ 11.820,00");
        assertThat(GridKt._getFormattedRow(schedule, 1)).containsExactly("05/2024 (projetado)", "R$ 180,00",
                "R$ 11.640,00");
    }

    @Test
    void theSectionListsRevaluationsAndImpairmentsAndTheBookValueFollowsThem() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("NB");
        policies.change(category, 0, DepreciationPolicy.straightLine(60, "10"));
        var form = AssetFixtures.form(category, place, "Notebook", "12000.00");
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        var notebook = assets.create(form);
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));
        adjustments.record(notebook.id(), new Adjustment.Request(AdjustmentKind.IMPAIRMENT, LocalDate.of(2024, 5, 2),
                new java.math.BigDecimal("5900.00"), "Tela danificada"));

        UI.getCurrent().navigate("bens/" + notebook.id());

        assertThat(_get(Span.class, s -> s.withId("depreciation-book-value")).getText()).isEqualTo("R$ 5.900,00");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("depreciation-adjustments")).getElement()
                .getTextRecursively()).contains("Redução ao valor recuperável em 02/05/2024: R$ 11.820,00 → R$ 5.900,00"
                + " · Tela danificada");
    }

    @Test
    void anAdminRevaluesFromTheAssetPageAndARefusalKeepsWhatWasTyped() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("NB");
        policies.change(category, 0, DepreciationPolicy.straightLine(60, "10"));
        var form = AssetFixtures.form(category, place, "Notebook", "12000.00");
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        var notebook = assets.create(form);
        UI.getCurrent().navigate("bens/" + notebook.id());

        _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("new-adjustment")).click();
        _get(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withId("adjustment-value"))
                .setValue(new java.math.BigDecimal("15000.00"));
        _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("save-adjustment")).click();
        var reason = _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("adjustment-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withId("adjustment-value"))
                .getValue()).isEqualByComparingTo("15000.00");
        reason.setValue("Laudo de avaliação");
        _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("save-adjustment")).click();

        assertThat(adjustments.of(notebook.id())).singleElement()
                .satisfies(a -> assertThat(a.newValue()).isEqualByComparingTo("15000.00"));
    }
}
