package br.com.patritech.assets;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.UnitScope;
import br.com.patritech.support.IntegrationTest;

/**
 * Totals of a text search are exact up to a limit and "more than the limit" (without money) beyond it; keyset pages
 * walk a list once, every asset exactly once, while assets are being registered. On H2 and PostgreSQL.
 */
@IntegrationTest
abstract class AssetListPagingTests {

    @Autowired
    AssetService assets;

    @Autowired
    AssetQueries queries;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    EntityManagerFactory emf;

    String marker;
    Place place;
    long category;

    @BeforeEach
    void setUp() {
        marker = "Pagina" + System.nanoTime();
        place = fixtures.newUnit();
        category = fixtures.newCategory("NB");
    }

    private AssetDetails register(String name, String value) {
        return SystemUser.call(() -> assets.create(form(category, place, marker + " " + name, value)));
    }

    @Test
    void searchTotalsAreExactUpToTheLimitAndMoreThanTheLimitBeyondIt() {
        register("a", "10.25");
        register("b", "20.50");
        AssetDetails writtenOff = register("c", "99.99");
        SystemUser.call(() -> assets.writeOff(writtenOff.id(), writtenOff.version(),
                new WriteOffRequest(java.time.LocalDate.now(), WriteOffReason.INUTILIZACAO_ABANDONO, null, null)));
        AssetFilter search = AssetFilter.all().withSearch(marker);

        assertThat(queries.totals(search, UnitScope.all(), 3)).isEqualTo(new AssetTotals(3, new BigDecimal("30.75")));
        assertThat(queries.totals(search, UnitScope.all(), 2)).isEqualTo(new AssetTotals(2, null, false));
        assertThat(SystemUser.call(() -> assets.totals(search))).isEqualTo(new AssetTotals(3, new BigDecimal("30.75")));
    }

    /** The API's one read of a search (page and totals together) answers what the two reads apart answer. */
    @Test
    void aSearchPagedAndCountedTogetherEqualsItsPageAndTotalsReadApart() {
        String[][] registered = {{"b", "10.25"}, {"a", "20.50"}, {"d", "0.07"}, {"c", "99.99"}, {"e", "1234.56"}};
        for (String[] asset : registered) {
            register(asset[0], asset[1]);
        }
        AssetDetails writtenOff = register("f", "7.77");
        SystemUser.call(() -> assets.writeOff(writtenOff.id(), writtenOff.version(),
                new WriteOffRequest(java.time.LocalDate.now(), WriteOffReason.VENDA, null, null)));
        AssetFilter search = AssetFilter.all().withSearch(marker);
        AssetTotals apart = SystemUser.call(() -> assets.totals(search));
        assertThat(apart).isEqualTo(new AssetTotals(6, new BigDecimal("1365.37")));
        for (List<AssetSort> sort : List.of(List.<AssetSort>of(), List.of(new AssetSort(AssetSortKey.NAME, true)),
                List.of(new AssetSort(AssetSortKey.VALUE, false)), List.of(new AssetSort(AssetSortKey.TOMBO, true)),
                List.of(new AssetSort(AssetSortKey.STATUS, true), new AssetSort(AssetSortKey.NAME, false)))) {
            for (int offset : new int[] {0, 2, 4, 6, 9}) {
                var together = SystemUser.call(() -> assets.findWithTotals(search, sort, offset, 2));
                assertThat(together.totals()).as("totals by %s from %d", sort, offset).isEqualTo(apart);
                assertThat(together.rows()).as("page by %s from %d", sort, offset)
                        .isEqualTo(SystemUser.call(() -> assets.find(search, sort, offset, 2, apart)));
            }
        }
        AssetFilter none = AssetFilter.all().withSearch(marker + "-nada");
        assertThat(SystemUser.call(() -> assets.findWithTotals(none, List.of(), 0, 2)))
                .isEqualTo(new AssetService.PageWithTotals(List.of(), new AssetTotals(0, BigDecimal.ZERO)));
    }

    /** More matches than counted: the one read gives up its page, so the broad search is listed in its own order. */
    @Test
    void aSearchMatchingMoreThanItCountsIsReadAsABroadSearch() {
        for (int i = 0; i < 4; i++) {
            register("item " + i, "1.00");
        }
        AssetFilter search = AssetFilter.all().withSearch(marker);
        var read = SystemUser.call(() -> queries.searchPage(search, UnitScope.all(),
                List.of(new AssetSort(AssetSortKey.NAME, true)), 0, 2, 3));
        assertThat(read).isEqualTo(new AssetQueries.SearchRead(null, new AssetTotals(3, null, false)));
        var exact = SystemUser.call(() -> queries.searchPage(search, UnitScope.all(),
                List.of(new AssetSort(AssetSortKey.NAME, true)), 0, 2, 4));
        assertThat(exact.totals()).isEqualTo(new AssetTotals(4, new BigDecimal("4.00")));
        assertThat(exact.page()).extracting(AssetRow::name).containsExactly(marker + " item 0", marker + " item 1");
    }

    /** A gestor's page, totals and matches hold the assets of their units, whatever the number of units. */
    @Test
    void aScopeOfAnyNumberOfUnitsListsExactlyTheAssetsOfThoseUnits() {
        List<Place> places = new ArrayList<>(List.of(place));
        List<Long> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Place where = i == 0 ? place : fixtures.newUnit();
            places.add(where);
            registered.add(SystemUser.call(() -> assets.create(form(category, where, marker + " bem", "1.00"))).id());
        }
        places.remove(0);
        AssetFilter search = AssetFilter.all().withSearch(marker);
        var byTombo = List.of(new AssetSort(AssetSortKey.TOMBO, true));
        for (int units = 1; units <= 5; units++) { // 1 unit: "=", 2, 3, 4 and 5 units: 2, 4, 4 and 8 parameters
            UnitScope scope = UnitScope.of(places.subList(0, units).stream().map(Place::unitId).toList());
            List<Long> visible = registered.subList(0, units);
            assertThat(queries.page(AssetFilter.all(), scope, byTombo, 0, 50)).as("page of %d units", units)
                    .extracting(AssetRow::id).containsExactlyInAnyOrderElementsOf(visible);
            assertThat(queries.page(search, scope, byTombo, 0, 50)).as("search of %d units", units)
                    .extracting(AssetRow::id).containsExactlyInAnyOrderElementsOf(visible);
            assertThat(queries.totals(search, scope, 10)).as("totals of %d units", units)
                    .isEqualTo(new AssetTotals(units, new BigDecimal(units + ".00")));
            assertThat(queries.idsMatching(search, scope, 10)).containsExactlyInAnyOrderElementsOf(visible);
        }
        assertThat(queries.page(AssetFilter.all(), UnitScope.none(), byTombo, 0, 50)).isEmpty();
        assertThat(queries.totals(search, UnitScope.none(), 10)).isEqualTo(new AssetTotals(0, BigDecimal.ZERO));
    }

    /**
     * Hibernate caches the translation of a query to SQL only when it has no list parameter: a gestor's list query
     * is translated once per number of units (padded), not on every request.
     */
    @Test
    void aGestorsListQueryIsTranslatedToSqlOnce() {
        var plans = emf.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache();
        List<Long> units = new ArrayList<>(List.of(place.unitId()));
        var byTombo = List.of(new AssetSort(AssetSortKey.TOMBO, true));
        for (int size = 1; size <= 3; size++) {
            plans.close(); // empties the cache, which stays in use
            queries.page(AssetFilter.all(), UnitScope.of(units), byTombo, 0, 50);
            assertThat(plans.getNumberOfCachedQueryPlans()).as("plans cached for %d units", size).isPositive();
            units.add(fixtures.newUnit().unitId());
        }
    }

    @Test
    void keysetPagesByTomboAndByIdReturnEveryAssetOnceWhileAssetsAreAdded() {
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(register("antes " + i, "1.00").id());
        }
        for (AssetSort order : List.of(new AssetSort(AssetSortKey.TOMBO, true), new AssetSort(AssetSortKey.TOMBO, false),
                new AssetSort(AssetSortKey.ID, true), new AssetSort(AssetSortKey.ID, false))) {
            List<Long> present = List.copyOf(before);
            List<Long> seen = walk(order, before);
            assertThat(seen).as("walk by %s", order).doesNotHaveDuplicates().containsAll(present);
        }
    }

    /** Walks the marker's assets 3 at a time, registering one more after each page, until a page is not full. */
    private List<Long> walk(AssetSort order, List<Long> registered) {
        AssetFilter mine = AssetFilter.all().withSearch(marker);
        List<Long> seen = new ArrayList<>();
        List<AssetRow> page = SystemUser.call(() -> assets.find(mine, List.of(order), 0, 3));
        while (true) {
            page.forEach(r -> seen.add(r.id()));
            registered.add(register("durante " + registered.size(), "1.00").id());
            if (page.size() < 3) {
                return seen;
            }
            AssetPosition after = AssetPosition.after(page.get(page.size() - 1), order);
            page = SystemUser.call(() -> assets.findAfter(mine, after, 3));
        }
    }
}
