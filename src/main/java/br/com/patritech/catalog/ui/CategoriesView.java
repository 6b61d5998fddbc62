package br.com.patritech.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.ui.RowActions;
import br.com.patritech.base.ui.FormDialog.SaveEvent;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.catalog.CatalogService.CategorySummary;

/** Categories everyone reads; holders of CATEGORY_MANAGE (and administrators) change them. */
@Route(CatalogNavigation.CATEGORIES)
@Menu(order = 60, title = "menu.categories", icon = "vaadin:tags")
@PermitAll
class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    private final Grid<CategorySummary> grid = new Grid<>();
    private final CategoryEditor editor = new CategoryEditor();
    private final boolean mayManage;

    CategoriesView(CatalogService catalog) {
        this.catalog = catalog;
        this.mayManage = catalog.mayManageCategories();
        setId("categories-view");
        setSizeFull();
        Button create = new Button(getTranslation("category.new"), VaadinIcon.PLUS.create(),
                e -> editor.openNew(getTranslation("category.new")));
        create.setId("new-category");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayManage);
        grid.setId("categories-grid");
        grid.addColumn(CategorySummary::name).setHeader(getTranslation("category.name")).setAutoWidth(true);
        grid.addColumn(CategorySummary::tomboPrefix).setHeader(getTranslation("category.prefix")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true).setVisible(mayManage);
        editor.addSaveListener(this::save);
        add(new H2(getTranslation("categories.title")), create, grid);
        refresh();
    }

    private RowActions actions(CategorySummary category) {
        Button edit = RowActions.icon(VaadinIcon.EDIT, getTranslation("admin.edit.named", category.name()),
                () -> editor.openEdit(getTranslation("category.edit"), category));
        Button delete = RowActions.delete(category.name(), "delete-" + category.id(), () -> catalog.inUse(category.id()),
                getTranslation("category.delete.in-use", category.name()),
                () -> catalog.delete(category.id(), category.version()), this::refresh);
        return new RowActions(edit, delete);
    }

    private void save(SaveEvent<CategorySummary, CategoryForm> event) {
        editor.saveWith(() -> {
            if (event.editing() == null) {
                catalog.create(event.form());
            } else {
                catalog.update(event.editing().id(), event.editing().version(), event.form());
            }
        }, this::refresh);
    }

    private void refresh() {
        grid.setItems(catalog.categories());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("categories.title");
    }
}
