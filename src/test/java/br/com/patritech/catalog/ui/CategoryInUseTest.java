package br.com.patritech.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetService;
import br.com.patritech.security.SystemUser;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** A category in use says so before anyone is asked to confirm a delete that would be refused. */
class CategoryInUseTest extends KaribuTest {

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    AssetService assets;

    AppUser admin;

    @BeforeEach
    void setUp() {
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        login(admin);
    }

    @Test
    void deleteOfACategoryInUseExplainsWhyAndAsksNothing() {
        long category = fixtures.newCategory("USO");
        var place = fixtures.newUnit();
        SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, place, "Mesa", "10.00")));
        UI.getCurrent().navigate("categorias");

        Button delete = deleteButtonOf(category);
        assertThat(delete.getTooltip().getText()).contains("não pode ser excluída");
        _click(delete);

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> String.valueOf(n.getElement().getProperty("text")).contains("não pode ser excluída"));
    }

    @Test
    void deleteOfAnUnusedCategoryStillAsksFirst() {
        long category = fixtures.newCategory("LIV");
        UI.getCurrent().navigate("categorias");

        _click(deleteButtonOf(category));

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Button deleteButtonOf(long categoryId) {
        Grid<CategorySummary> grid = _get(Grid.class, spec -> spec.withId("categories-grid"));
        int row = GridKt._findAll(grid).stream().map(CategorySummary::id).toList().indexOf(categoryId);
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withId("delete-" + categoryId));
    }
}
