package br.com.patritech.assets;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** The export's keyset walk gives exactly the list's rows in the list's order, page boundaries included. */
@IntegrationTest
abstract class AssetExportRowsTests {

    @Autowired
    AssetExportRows exportRows;

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    Place own;
    Place other;
    AppUser admin;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        long category = fixtures.newCategory("EX");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        String[] values = {"10.00", "10.00", "250.50", "10.00", "99.99", "250.50", "1.00"};
        for (int i = 0; i < values.length; i++) {
            AssetForm form = form(category, i % 2 == 0 ? own : other, "Item " + (i % 3), values[i]);
            form.setRoomId(i % 3 == 0 ? null : (i % 2 == 0 ? own.roomB() : other.roomA()));
            SystemUser.callAs(admin, () -> assets.create(form));
        }
        exportRows.pageSize = 2;
    }

    @AfterEach
    void restorePageSize() {
        exportRows.pageSize = AssetExportRows.PAGE;
    }

    @Test
    void everySortWalksTheSameRowsInTheSameOrderAsTheList() {
        AssetFilter filter = AssetFilter.all().withSearch("Item");
        List<List<AssetSort>> sorts = List.of(List.of(),
                List.of(new AssetSort(AssetSortKey.VALUE, false)),
                List.of(new AssetSort(AssetSortKey.VALUE, true), new AssetSort(AssetSortKey.NAME, false)),
                List.of(new AssetSort(AssetSortKey.ROOM, true)),
                List.of(new AssetSort(AssetSortKey.STATUS, true), new AssetSort(AssetSortKey.UNIT, false)),
                List.of(new AssetSort(AssetSortKey.TOMBO, false)));
        for (List<AssetSort> sort : sorts) {
            List<Long> listed = SystemUser.callAs(admin, () -> assets.find(filter, sort, 0, 500)).stream()
                    .filter(r -> r.unitId() == own.unitId() || r.unitId() == other.unitId()).map(AssetRow::id).toList();
            List<Long> exported = new ArrayList<>();
            SystemUser.callAs(admin, () -> {
                exportRows.forEach(filter, sort, r -> {
                    if (r.unitId() == own.unitId() || r.unitId() == other.unitId()) {
                        exported.add(r.id());
                    }
                });
                return null;
            });
            assertThat(exported).as("sort %s", sort).hasSize(7);
            if (sort.stream().noneMatch(s -> s.key() == AssetSortKey.ROOM)) { // where no room sorts is up to the database
                assertThat(exported).as("sort %s", sort).isEqualTo(listed);
            } else {
                assertThat(exported).as("sort %s", sort).containsExactlyInAnyOrderElementsOf(listed);
            }
        }
    }

    @Test
    void aGestorWalksOnlyTheirUnits() {
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.noneOf(Permission.class));
        List<AssetRow> rows = new ArrayList<>();
        SystemUser.callAs(gestor, () -> {
            exportRows.forEach(AssetFilter.all(), List.of(), rows::add);
            return null;
        });
        assertThat(rows).hasSize(4).allMatch(r -> r.unitId() == own.unitId());
    }
}
