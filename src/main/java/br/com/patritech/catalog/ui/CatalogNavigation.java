package br.com.patritech.catalog.ui;

import com.vaadin.flow.component.UI;

/** Where the catalog screens live. */
public final class CatalogNavigation {

    static final String CATEGORIES = "categorias";

    private CatalogNavigation() {
    }

    public static void toCategories() {
        UI.getCurrent().navigate(CategoriesView.class);
    }
}
