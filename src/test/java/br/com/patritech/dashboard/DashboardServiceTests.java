package br.com.patritech.dashboard;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatistics;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/**
 * Every figure of the dashboard equals what the rest of the application shows or the assets themselves, for an
 * administrator and for a gestor of one unit; run on H2 and on PostgreSQL.
 */
@IntegrationTest
abstract class DashboardServiceTests {

    @Autowired
    DashboardService dashboard;

    @Autowired
    OrganizationService organization;

    @Autowired
    CatalogService catalog;

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    Place own;
    AppUser admin;
    AppUser gestor;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        Place other = fixtures.newUnit();
        long category = fixtures.newCategory("NB");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of());
        for (String[] asset : new String[][] {{"Notebook", "4800.10"}, {"Cadeira", "0.07"}, {"Mesa", "999.99"}}) {
            SystemUser.callAs(admin, () -> assets.create(form(category, own, asset[0], asset[1])));
        }
        SystemUser.callAs(admin, () -> assets.create(form(category, other, "Projetor", "1234.56")));
    }

    @Test
    void unitsAndCategoriesAreTheOnesTheirScreensList() {
        for (AppUser who : List.of(admin, gestor)) {
            DashboardService.Dashboard figures = SystemUser.callAs(who, dashboard::dashboard);
            assertThat(figures.units()).isEqualTo(SystemUser.callAs(who, organization::visibleUnits).size());
            assertThat(figures.categories()).isEqualTo(SystemUser.callAs(who, catalog::categories).size());
        }
        assertThat(SystemUser.callAs(gestor, dashboard::dashboard).units()).isEqualTo(1);
    }

    @Test
    void everyGroupEqualsTheAssetsGroupedByTheDatabase() {
        for (AppUser who : List.of(admin, gestor)) {
            AssetStatistics.Figures figures = SystemUser.callAs(who, dashboard::dashboard).assets();
            String scope = who == admin ? "" : " where a.unit_id = " + own.unitId();
            assertThat(figures.byStatus()).isEqualTo(grouped("a.status", "", scope));
            assertThat(figures.byClassification()).isEqualTo(grouped("a.classification", "", scope));
            assertThat(figures.byCategory()).isEqualTo(grouped("c.name", " join categories c on c.id = a.category_id",
                    scope));
            assertThat(figures.byUnit()).isEqualTo(grouped("u.code", " join units u on u.id = a.unit_id", scope));
            assertThat(figures.totalAssets()).isEqualTo(jdbc.queryForObject("select count(*) from assets a" + scope,
                    Long.class));
        }
    }

    /** The groups as the dashboard shows them (by key), recomputed over the assets. */
    private List<AssetStatistics.Group> grouped(String key, String join, String scope) {
        String active = "a.status <> 'BAIXADO'";
        return jdbc.query("select " + key + " as k, count(*), sum(case when " + active + " then 1 else 0 end),"
                + " sum(case when " + active + " then a.acquisition_value else 0 end) from assets a" + join + scope
                + " group by " + key, (rs, n) -> new AssetStatistics.Group(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getBigDecimal(4).setScale(2))).stream()
                .sorted(java.util.Comparator.comparing(AssetStatistics.Group::key)).toList();
    }
}
