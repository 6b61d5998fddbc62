package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Book values on the asset lists: a page's values and a filter's total, scoped, as of the last closed month. */
@IntegrationTest
abstract class ListBookValuesTests {

    @Autowired ListBookValues listBookValues;
    @Autowired DepreciationClosings closings;
    @Autowired DepreciationPolicies policies;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired JdbcTemplate jdbc;
    @Autowired JdbcClient jdbcClient;
    @Autowired CurrentUser currentUser;

    AppUser admin;
    Place own;
    Place other;
    long computers;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        computers = fixtures.newCategory("NB");
        SystemUser.callAs(admin, () -> policies.change(computers, 0, DepreciationPolicy.straightLine(60, "10")));
    }

    AssetDetails register(Place place, String name, String value) {
        var form = AssetFixtures.form(computers, place, name, value);
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        return SystemUser.callAs(admin, () -> assets.create(form));
    }

    private ListBookValues.Total total(AppUser user, AssetFilter filter) {
        return SystemUser.callAs(user, () -> listBookValues.total(filter)).orElseThrow();
    }

    @Test
    void nothingIsShownBeforeTheFirstClosing() {
        register(own, "Notebook", "12000.00");
        assertThat(SystemUser.callAs(admin, () -> listBookValues.total(AssetFilter.all()))).isEmpty();
    }

    @Test
    void aFiltersTotalIsTheSumOfItsAssetsBookValuesAsOfTheLastClosedMonth() {
        AssetDetails a = register(own, "Notebook azul", "12000.00"); // 180.00 a month
        AssetDetails b = register(own, "Monitor", "6000.00");         // 90.00 a month
        AssetDetails gone = register(own, "Notebook velho", "1000.00");
        register(other, "Notebook de outra unidade", "3000.00");
        SystemUser.callAs(admin, () -> assets.writeOff(gone.id(), gone.version(),
                new WriteOffRequest(LocalDate.of(2024, 4, 2), WriteOffReason.INUTILIZACAO_ABANDONO, null, null)));
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 5)));

        var unit = total(admin, AssetFilter.all().withUnit(own.unitId())); // from the cells
        assertThat(unit.asOf()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(unit.assetCount()).isEqualTo(2);
        assertThat(unit.bookValue()).isEqualByComparingTo("17460.00"); // 11640 + 5820
        assertThat(total(admin, AssetFilter.all().withUnit(own.unitId()).withStatus(AssetStatus.BAIXADO)).assetCount())
                .isZero();
        var search = total(admin, AssetFilter.all().withUnit(own.unitId()).withSearch("notebook")); // from the ledger
        assertThat(search.assetCount()).isEqualTo(1);
        assertThat(search.bookValue()).isEqualByComparingTo("11640.00");
        assertThat(SystemUser.callAs(admin, () -> listBookValues.ofAssets(List.of(a.id(), b.id(), gone.id()))))
                .containsOnlyKeys(a.id(), b.id())
                .hasEntrySatisfying(a.id(), v -> assertThat(v).isEqualByComparingTo("11640.00"));
        BigDecimal ledger = jdbc.queryForObject("select sum(book_value) from depreciation_entries e join depreciation_closings c"
                + " on c.id = e.closing_id and c.status = 'CLOSED' where e.month_start = ?", BigDecimal.class,
                LocalDate.of(2024, 5, 1));
        assertThat(total(admin, AssetFilter.all()).bookValue()).isEqualByComparingTo(ledger);
    }

    @Test
    void aGestorSeesTheTotalAndTheValuesOfTheirUnitsOnly() {
        AssetDetails mine = register(own, "Notebook", "12000.00");
        AssetDetails theirs = register(other, "Notebook", "6000.00");
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.allOf(Permission.class));
        assertThat(total(gestor, AssetFilter.all()).bookValue()).isEqualByComparingTo("11820.00");
        assertThat(total(gestor, AssetFilter.all().withSearch("notebook")).bookValue()).isEqualByComparingTo("11820.00");
        assertThat(total(gestor, AssetFilter.all().withUnit(other.unitId())).assetCount()).isZero();
        assertThat(SystemUser.callAs(gestor, () -> listBookValues.ofAssets(List.of(mine.id(), theirs.id()))))
                .containsOnlyKeys(mine.id());
    }

    @Test
    void aSearchMatchingMoreThanTheExactLimitGivesNoFigure() {
        register(own, "Cadeira 1", "100.00");
        register(own, "Cadeira 2", "100.00");
        register(own, "Cadeira 3", "100.00");
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));
        ListBookValues limitedToTwo = new ListBookValues(jdbcClient, currentUser, assets, 2, 2);
        AssetFilter chairs = AssetFilter.all().withUnit(own.unitId()).withSearch("cadeira");
        var capped = SystemUser.callAs(admin, () -> limitedToTwo.total(chairs)).orElseThrow();
        assertThat(capped.exact()).isFalse();
        assertThat(capped.bookValue()).isNull();
        var exact = SystemUser.callAs(admin, () -> limitedToTwo.total(chairs.withSearch("cadeira 2"))).orElseThrow();
        assertThat(exact.bookValue()).isEqualByComparingTo("98.50"); // 100 - (90 / 60 = 1.50)
    }
}
