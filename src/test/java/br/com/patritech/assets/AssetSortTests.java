package br.com.patritech.assets;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/**
 * The list sorted by category, unit or room shows the names in order, also after a category, unit or room was
 * renamed and after an asset moved or changed category (the sorts read copies on the asset); on H2 and PostgreSQL.
 */
@IntegrationTest
abstract class AssetSortTests {

    @Autowired
    AssetTransit transit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    CatalogService catalog;

    @Autowired
    OrganizationService organization;

    String marker;
    Place first;
    Place second;
    long categoryA;
    long categoryB;
    AssetDetails x;
    AssetDetails y;

    @BeforeEach
    void setUp() {
        marker = "Ordem" + System.nanoTime();
        first = fixtures.newUnit();
        second = fixtures.newUnit();
        categoryA = fixtures.newCategory("NB");
        categoryB = fixtures.newCategory("NB");
        renameCategory(categoryA, "Alfa " + marker);
        renameCategory(categoryB, "Beta " + marker);
        x = register(categoryA, first, first.roomA());
        AssetForm inRoomB = form(categoryB, second, marker + " y", "20.00");
        inRoomB.setRoomId(second.roomB());
        y = SystemUser.call(() -> assets.create(inRoomB));
    }

    @Test
    void aRenamedCategorySortsByItsNewName() {
        assertThat(sortedBy(AssetSortKey.CATEGORY, true)).containsExactly(x.id(), y.id());
        renameCategory(categoryA, "Gama " + marker);
        assertThat(sortedBy(AssetSortKey.CATEGORY, true)).containsExactly(y.id(), x.id());
        assertThat(sortedBy(AssetSortKey.CATEGORY, false)).containsExactly(x.id(), y.id());
        assertThat(rows(AssetSortKey.CATEGORY)).extracting(AssetRow::categoryName)
                .containsExactly("Beta " + marker, "Gama " + marker);
    }

    @Test
    void aUnitWithANewCodeSortsByIt() {
        assertThat(sortedBy(AssetSortKey.UNIT, true)).containsExactly(x.id(), y.id());
        SystemUser.call(() -> {
            var unit = organization.unit(first.unitId());
            return organization.updateUnit(unit.id(), unit.version(),
                    new UnitForm("Z" + unit.code(), unit.name(), unit.address(), unit.active()));
        });
        assertThat(sortedBy(AssetSortKey.UNIT, true)).containsExactly(y.id(), x.id());
        assertThat(rows(AssetSortKey.UNIT)).extracting(AssetRow::unitCode)
                .containsExactly(second.unitCode(), "Z" + first.unitCode());
    }

    @Test
    void aRenamedRoomSortsByItsNewName() {
        assertThat(sortedBy(AssetSortKey.ROOM, true)).containsExactly(x.id(), y.id()); // Sala A, Sala B
        SystemUser.call(() -> {
            var room = organization.room(first.roomA());
            return organization.updateRoom(room.id(), room.version(), new RoomForm("Sala C", null));
        });
        assertThat(sortedBy(AssetSortKey.ROOM, true)).containsExactly(y.id(), x.id());
        assertThat(rows(AssetSortKey.ROOM)).extracting(AssetRow::roomName).containsExactly("Sala B", "Sala C");
    }

    @Test
    void anAssetMovedOrRecategorisedSortsByItsNewPlaceAndCategory() {
        // Another unit is reached by a transfer guide: sent, then accepted (the port both steps go through).
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        transaction.executeWithoutResult(t -> transit.send(List.of(x.id()), second.unitId(), admin, "GT-SORT", null));
        transaction.executeWithoutResult(t -> transit.arrive(x.id(), second.unitId(), null, admin, "GT-SORT"));
        assertThat(sortedBy(AssetSortKey.ROOM, true)).containsExactly(y.id(), x.id()); // no room sorts last
        assertThat(sortedBy(AssetSortKey.UNIT, false).get(0)).isIn(x.id(), y.id());
        AssetDetails moved = SystemUser.call(() -> assets.get(x.id()));
        AssetForm edit = AssetForm.of(moved);
        edit.setCategoryId(fixtures.newCategory("NB"));
        renameCategory(edit.getCategoryId(), "Delta " + marker);
        SystemUser.call(() -> assets.update(x.id(), moved.version(), edit));
        assertThat(rows(AssetSortKey.CATEGORY)).extracting(AssetRow::categoryName)
                .containsExactly("Beta " + marker, "Delta " + marker);
    }

    private AssetDetails register(long category, Place place, long room) {
        AssetForm asset = form(category, place, marker + " x", "10.00");
        asset.setRoomId(room);
        return SystemUser.call(() -> assets.create(asset));
    }

    private void renameCategory(long id, String name) {
        SystemUser.call(() -> {
            var category = catalog.category(id);
            return catalog.update(id, category.version(), new CategoryForm(name, category.tomboPrefix()));
        });
    }

    private List<AssetRow> rows(AssetSortKey key) {
        return rows(key, true);
    }

    private List<AssetRow> rows(AssetSortKey key, boolean ascending) {
        return SystemUser.call(() -> assets.find(AssetFilter.all().withSearch(marker),
                List.of(new AssetSort(key, ascending)), 0, 50));
    }

    private List<Long> sortedBy(AssetSortKey key, boolean ascending) {
        return rows(key, ascending).stream().map(AssetRow::id).toList();
    }
}
