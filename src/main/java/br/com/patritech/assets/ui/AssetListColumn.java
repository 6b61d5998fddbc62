package br.com.patritech.assets.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;

import br.com.patritech.assets.AssetRow;

/**
 * A column another feature adds to the asset lists (a photo thumbnail, the book value) without {@code assets}
 * knowing it (decision 0008). A Spring bean in the feature's {@code ui} package.
 *
 * <p>Speed: a column never queries per row. The grid hands each page it fetched to {@link PageColumn#pageLoaded}
 * before the rows are rendered, so the column loads what it shows for the whole page in one query.
 */
public interface AssetListColumn {

    /** A column for one grid and the signed-in user, or empty when they may not see it. */
    Optional<PageColumn> forCurrentUser();

    /** One grid's column: it adds itself, then hears about every page the grid fetches. */
    interface PageColumn {

        /** Adds the column to the grid (after the built-in ones) and returns it. */
        Grid.Column<AssetRow> addTo(Grid<AssetRow> grid);

        /** The rows of a page the grid just fetched, before they are rendered. */
        default void pageLoaded(List<AssetRow> rows) {
        }

        /** The narrowest window, in CSS pixels, on which the column is shown (0: always, even on a phone). */
        default int minimumWindowWidth() {
            return 0;
        }
    }
}
