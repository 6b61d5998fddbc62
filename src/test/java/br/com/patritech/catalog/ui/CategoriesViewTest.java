package br.com.patritech.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

class CategoriesViewTest extends KaribuTest {

    @Test
    void duplicateNameIsShownNextToTheNameField() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("categorias");
        _click(_get(Button.class, spec -> spec.withId("new-category")));
        _get(TextField.class, spec -> spec.withId("category-name")).setValue("Mobiliário");
        _get(TextField.class, spec -> spec.withId("category-prefix")).setValue("mb");
        _click(_get(Button.class, spec -> spec.withId("category-editor-save")));

        TextField name = _get(TextField.class, spec -> spec.withId("category-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Já existe uma categoria com este nome");
        assertThat(_get(TextField.class, spec -> spec.withId("category-prefix")).getValue()).isEqualTo("MB");
    }

    @Test
    @SuppressWarnings("unchecked")
    void auditorReadsCategoriesButCannotChangeThem() {
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("categorias");
        Grid<CategorySummary> grid = _get(Grid.class, spec -> spec.withId("categories-grid"));
        assertThat(GridKt._findAll(grid)).extracting(CategorySummary::name).contains("Informática", "Mobiliário");
        assertThat(_find(Button.class, spec -> spec.withId("new-category"))).isEmpty();
    }
}
