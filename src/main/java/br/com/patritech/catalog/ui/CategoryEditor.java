package br.com.patritech.catalog.ui;

import java.util.Locale;

import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.base.ui.FormDialog;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.catalog.CatalogService.CategorySummary;

/** Name (unique) and tombo prefix of a category. */
class CategoryEditor extends FormDialog<CategorySummary, CategoryForm> {

    private final TextField name = errors.field("name", new TextField(getTranslation("category.name")));
    private final TextField prefix = errors.field("tomboPrefix", new TextField(getTranslation("category.prefix")));

    CategoryEditor() {
        super("category-editor");
        name.setId("category-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        prefix.setId("category-prefix");
        prefix.setMaxLength(10);
        prefix.setAllowedCharPattern("[A-Za-z0-9]");
        prefix.setHelperText(getTranslation("category.prefix.helper"));
        prefix.setRequiredIndicatorVisible(true);
        prefix.addValueChangeListener(e -> {
            String upper = e.getValue().toUpperCase(Locale.ROOT);
            if (!upper.equals(e.getValue())) {
                prefix.setValue(upper);
            }
        });
        addFields(name, prefix);
    }

    @Override
    protected void fill(CategorySummary category) {
        name.setValue(category == null ? "" : category.name());
        prefix.setValue(category == null ? "" : category.tomboPrefix());
    }

    @Override
    protected CategoryForm read() {
        return new CategoryForm(name.getValue(), prefix.getValue());
    }
}
