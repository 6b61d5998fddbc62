package br.com.patritech.depreciation.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.ui.AssetListColumn;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.depreciation.ListBookValues;

/**
 * "Valor contábil" on the asset lists: each asset's book value as of the last closed month, loaded for each fetched
 * page in one query. Empty for an asset not in that closing (acquired later). Hidden on a phone, where the
 * acquisition value already fills the row.
 */
@org.springframework.stereotype.Component
class BookValueColumn implements AssetListColumn {

    static final int MINIMUM_WIDTH = 1024;

    private final ListBookValues bookValues;

    BookValueColumn(ListBookValues bookValues) {
        this.bookValues = bookValues;
    }

    @Override
    public Optional<PageColumn> forCurrentUser() {
        return Optional.of(new PageColumn() {
            private final Map<Long, BigDecimal> values = new HashMap<>();

            @Override
            public Grid.Column<AssetRow> addTo(Grid<AssetRow> grid) {
                return grid.addColumn(r -> Formats.money(values.get(r.id()), grid.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.getDefault())))
                        .setHeader(grid.getTranslation("depreciation.column.book-value")).setKey("book-value")
                        .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
            }

            @Override
            public void pageLoaded(List<AssetRow> rows) {
                values.putAll(bookValues.ofAssets(rows.stream().map(AssetRow::id).toList()));
            }

            @Override
            public int minimumWindowWidth() {
                return MINIMUM_WIDTH;
            }
        });
    }
}
