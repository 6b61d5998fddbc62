package br.com.patritech.depreciation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.depreciation.CategoryPolicy;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** /depreciacao: an admin edits a policy and closes the month in the background; a gestor only reads. */
class DepreciationViewTest extends KaribuTest {

    @Autowired AssetFixtures fixtures;
    @Autowired DepreciationPolicies policies;
    @Autowired DepreciationClosings closings;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void resetClosings() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
    }

    @SuppressWarnings("unchecked")
    private static Grid<CategoryPolicy> policiesGrid() {
        return _get(Grid.class, s -> s.withId("depreciation-policies"));
    }

    @Test
    void anAdminClosesTheLastMonthInTheBackgroundAndSeesItClosed() throws InterruptedException {
        var admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        login(admin);
        YearMonth last = YearMonth.now().minusMonths(1);
        UI.getCurrent().navigate("depreciacao");
        Button close = _get(Button.class, s -> s.withId("close-month"));
        assertThat(close.getText()).isEqualTo("Fechar " + last);

        _click(close);

        for (int i = 0; i < 600 && SystemUser.callAs(admin, () -> closings.progress()).map(p -> !p.finished())
                .orElse(true); i++) {
            Thread.sleep(100);
        }
        assertThat(SystemUser.callAs(admin, () -> closings.status()).lastClosed()).isEqualTo(last);
        UI.getCurrent().navigate("bens");
        UI.getCurrent().navigate("depreciacao");
        assertThat(_get(Span.class, s -> s.withId("closing-status")).getText()).startsWith("Último mês fechado: " + last);
    }

    @Test
    void aRefusedPolicyKeepsWhatWasTypedAndAValidOneIsSaved() {
        long category = fixtures.newCategory("DPV");
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("depreciacao");
        Grid<CategoryPolicy> grid = policiesGrid();
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).categoryId() == category).findFirst().orElseThrow();
        GridKt._clickItem(grid, row);
        _get(Checkbox.class, s -> s.withId("policy-depreciates")).setValue(true);
        IntegerField life = _get(IntegerField.class, s -> s.withId("policy-life"));
        life.setValue(0);
        _click(_get(Button.class, s -> s.withId("save-policy")));
        assertThat(life.isInvalid()).isTrue();
        assertThat(life.getErrorMessage()).isEqualTo("Informe a vida útil em meses, de 1 a 1200.");
        assertThat(life.getValue()).isZero();

        life.setValue(120);
        _click(_get(Button.class, s -> s.withId("save-policy")));
        assertThat(policies.of(category).usefulLifeMonths()).isEqualTo(120);
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
    }

    @Test
    void aGestorReadsThePoliciesButNeitherClosesNorEdits() {
        login(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.allOf(Permission.class)));
        UI.getCurrent().navigate("depreciacao");
        assertThat(_find(Button.class, s -> s.withId("close-month"))).isEmpty(); // _find sees visible components only
        GridKt._clickItem(policiesGrid(), 0);
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
    }
}
