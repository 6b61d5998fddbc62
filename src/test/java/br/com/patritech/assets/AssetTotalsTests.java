package br.com.patritech.assets;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/**
 * The maintained totals (asset_totals) always equal a recomputation over the assets themselves, and what the
 * list and the dashboard show from them matches the rows to the cent; run on H2 and on PostgreSQL.
 */
@IntegrationTest
abstract class AssetTotalsTests {

    @Autowired
    AssetService assets;

    @Autowired
    AssetStatistics statistics;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssetTransit transit;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    Place own;
    Place other;
    long category;
    long otherCategory;
    AppUser admin;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        category = fixtures.newCategory("NB");
        otherCategory = fixtures.newCategory("MOB");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    AssetDetails register(Place place, String name, String value) {
        return SystemUser.callAs(admin, () -> assets.create(form(category, place, name, value)));
    }

    @Test
    void maintainedTotalsEqualARecomputationAfterEveryKindOfChange() {
        AssetDetails notebook = register(own, "Notebook", "4800.10");
        AssetDetails chair = register(own, "Cadeira", "300.05");
        AssetDetails table = register(other, "Mesa", "999.99");
        assertMaintainedTotalsMatchTheAssets();

        AssetForm newValue = AssetForm.of(notebook);
        newValue.setAcquisitionValue(new BigDecimal("5100.33"));
        AssetDetails revalued = SystemUser.callAs(admin, () -> assets.update(notebook.id(), notebook.version(), newValue));
        assertMaintainedTotalsMatchTheAssets();

        AssetForm recast = AssetForm.of(revalued);
        recast.setCategoryId(otherCategory);
        recast.setClassification(Classification.OCIOSO);
        recast.setStatus(AssetStatus.EM_MANUTENCAO);
        SystemUser.callAs(admin, () -> assets.update(revalued.id(), revalued.version(), recast));
        assertMaintainedTotalsMatchTheAssets();

        AssetDetails moved = SystemUser.callAs(admin, () -> assets.transfer(chair.id(), chair.version(),
                new MoveRequest(own.unitId(), own.roomB(), null)));
        assertMaintainedTotalsMatchTheAssets();

        AssetDetails off = SystemUser.callAs(admin, () -> assets.writeOff(moved.id(), moved.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null)));
        assertMaintainedTotalsMatchTheAssets();

        SystemUser.callAs(admin, () -> assets.revertWriteOff(off.id(), off.version(), "Lançada por engano na baixa"));
        assertMaintainedTotalsMatchTheAssets();

        AssetForm unchangedCell = AssetForm.of(SystemUser.callAs(admin, () -> assets.get(table.id())));
        unchangedCell.setName("Mesa de reunião");
        SystemUser.callAs(admin, () -> assets.update(table.id(), table.version(), unchangedCell));
        assertMaintainedTotalsMatchTheAssets();
    }

    @Autowired
    br.com.patritech.custody.CustodyService custody;

    @Autowired
    br.com.patritech.custody.CustodyFixtures custodyFixtures;

    /** Custody changes who answers for an asset, never where it counts: the cells stay as they were. */
    @Test
    void assigningAndReturningCustodyLeavesTheTotalsAsTheyWere() {
        AssetDetails notebook = register(own, "Notebook", "4800.10");
        var person = custodyFixtures.person(own.unitId(), "Responsável pelos totais");
        AssetFilter ownUnit = AssetFilter.all().withUnit(own.unitId());
        AssetTotals before = SystemUser.callAs(admin, () -> assets.totals(ownUnit));

        SystemUser.callAs(admin, () -> custody.assign(Set.of(notebook.id()), person.id()));
        assertMaintainedTotalsMatchTheAssets();
        SystemUser.callAs(admin, () -> custody.giveBack(Set.of(notebook.id())));
        assertMaintainedTotalsMatchTheAssets();
        assertThat(SystemUser.callAs(admin, () -> assets.totals(ownUnit))).isEqualTo(before);
    }

    @Test
    void maintainedTotalsEqualARecomputationThroughEveryTransitStep() {
        AssetDetails notebook = register(own, "Notebook", "4800.10");
        AssetDetails chair = register(own, "Cadeira", "300.05");
        AssetDetails table = register(own, "Mesa", "999.99");
        inTransaction(() -> transit.send(List.of(notebook.id(), chair.id(), table.id()), other.unitId(), admin,
                "GT-TESTE-1", "Remanejamento"));
        assertMaintainedTotalsMatchTheAssets();
        assertThat(jdbc.queryForObject("select count(*) from asset_totals where unit_id = ? and status = 'EM_TRANSITO'"
                + " and asset_count > 0", Integer.class, own.unitId())).isPositive();
        inTransaction(() -> transit.arrive(notebook.id(), other.unitId(), other.roomB(), admin, "GT-TESTE-1"));
        assertMaintainedTotalsMatchTheAssets();
        inTransaction(() -> transit.giveBack(chair.id(), true, admin, "GT-TESTE-1", "Sem espaço"));
        assertMaintainedTotalsMatchTheAssets();
        inTransaction(() -> transit.giveBack(table.id(), false, admin, "GT-TESTE-1", null));
        assertMaintainedTotalsMatchTheAssets();
        assertThat(SystemUser.callAs(admin, () -> assets.get(notebook.id())).unitId()).isEqualTo(other.unitId());
        assertThat(SystemUser.callAs(admin, () -> assets.get(table.id())).status()).isEqualTo(AssetStatus.ATIVO);
    }

    @Autowired
    AssetInventoryPort inventoryPort;

    /** Not located is still patrimony: its own cell, in the active totals, and back to ATIVO when found. */
    @Test
    void maintainedTotalsEqualARecomputationThroughNotLocatedAndLocated() {
        AssetDetails notebook = register(own, "Notebook", "4800.10");
        AssetDetails chair = register(own, "Cadeira", "300.05");
        AssetFilter ownUnit = AssetFilter.all().withUnit(own.unitId());
        AssetTotals before = SystemUser.callAs(admin, () -> assets.totals(ownUnit));
        inTransaction(() -> inventoryPort.markNotLocated(notebook.id(), notebook.version(), admin, "Inventário"));
        assertMaintainedTotalsMatchTheAssets();
        assertThat(SystemUser.callAs(admin, () -> assets.totals(ownUnit))).isEqualTo(before);
        assertThat(SystemUser.callAs(admin, () -> assets.totals(ownUnit.withStatus(AssetStatus.NAO_LOCALIZADO))))
                .isEqualTo(new AssetTotals(1, new BigDecimal("4800.10")));
        inTransaction(() -> inventoryPort.moveToRoom(chair.id(), chair.version(), own.roomB(), admin, "Inventário"));
        assertMaintainedTotalsMatchTheAssets();
        inTransaction(() -> inventoryPort.locate(notebook.id(), null, admin, null));
        assertMaintainedTotalsMatchTheAssets();
        assertThat(SystemUser.callAs(admin, () -> assets.get(notebook.id())).status()).isEqualTo(AssetStatus.ATIVO);
        assertThat(SystemUser.callAs(admin, () -> assets.totals(ownUnit.withStatus(AssetStatus.NAO_LOCALIZADO))).count())
                .isZero();
    }

    void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    @Test
    void listTotalsAndDashboardShowTheRowsToTheCent() {
        register(own, "Notebook", "4800.10");
        register(own, "Cadeira", "0.07");
        AssetDetails gone = register(own, "Mesa", "999.99");
        SystemUser.callAs(admin, () -> assets.writeOff(gone.id(), gone.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.EXTRAVIO_PERDA, null, null)));
        register(other, "Projetor", "1234.56");

        AssetFilter ownUnit = AssetFilter.all().withUnit(own.unitId());
        AssetTotals totals = SystemUser.callAs(admin, () -> assets.totals(ownUnit));
        assertThat(totals.count()).isEqualTo(3);
        assertThat(totals.activeValue()).isEqualByComparingTo("4800.17");
        assertThat(SystemUser.callAs(admin, () -> assets.totals(ownUnit.withStatus(AssetStatus.BAIXADO))).count())
                .isEqualTo(1);
        assertThat(SystemUser.callAs(admin, () -> assets.totals(ownUnit.withSearch("cadeira"))).activeValue())
                .isEqualByComparingTo("0.07");

        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE));
        AssetStatistics.Figures figures = SystemUser.callAs(gestor, () -> statistics.figures());
        assertThat(figures.totalAssets()).isEqualTo(3);
        assertThat(figures.activeAssets()).isEqualTo(2);
        assertThat(figures.activeValue()).isEqualByComparingTo("4800.17");
        assertThat(figures.byUnit()).extracting(AssetStatistics.Group::key).containsExactly(own.unitCode());
        assertThat(SystemUser.callAs(gestor, () -> assets.totals(AssetFilter.all())))
                .isEqualTo(new AssetTotals(3, figures.activeValue()));
    }

    /** One row per (unit, category, status, classification) of the test's units, recomputed and maintained. */
    void assertMaintainedTotalsMatchTheAssets() {
        String order = " order by unit_id, category_id, status, classification";
        List<String> recomputed = jdbc.query("select unit_id, category_id, status, classification, count(*) as n,"
                + " sum(acquisition_value) as amount from assets where unit_id in (?, ?)"
                + " group by unit_id, category_id, status, classification" + order, AssetTotalsTests::cell,
                own.unitId(), other.unitId());
        List<String> maintained = jdbc.query("select unit_id, category_id, status, classification,"
                + " asset_count as n, total_value as amount from asset_totals where asset_count <> 0"
                + " and unit_id in (?, ?)" + order, AssetTotalsTests::cell, own.unitId(), other.unitId());
        assertThat(maintained).isNotEmpty().isEqualTo(recomputed);
    }

    private static String cell(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return rs.getLong("unit_id") + "/" + rs.getLong("category_id") + "/" + rs.getString("status") + "/"
                + rs.getString("classification") + ": " + rs.getLong("n") + " = "
                + rs.getBigDecimal("amount").setScale(2).toPlainString();
    }
}
