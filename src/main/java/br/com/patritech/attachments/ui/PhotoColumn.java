package br.com.patritech.attachments.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.ui.AssetListColumn;
import br.com.patritech.attachments.AttachmentService;
import br.com.patritech.security.CurrentUser;

/**
 * The asset lists' small photo column: the newest photo of each asset, looked up for each fetched page in one query
 * (decision 0008). Shown from tablet width up: on a phone the tombo, name and value need the room.
 */
@org.springframework.stereotype.Component
class PhotoColumn implements AssetListColumn {

    static final int MINIMUM_WIDTH = 700;

    private final AttachmentService attachments;
    private final CurrentUser currentUser;

    PhotoColumn(AttachmentService attachments, CurrentUser currentUser) {
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<PageColumn> forCurrentUser() {
        return currentUser.get().map(user -> new Column());
    }

    private final class Column implements PageColumn {

        /** Asset id → attachment id of its photo, for the rows fetched so far. */
        private final Map<Long, Long> photos = new HashMap<>();

        @Override
        public Grid.Column<AssetRow> addTo(Grid<AssetRow> grid) {
            return grid.addColumn(new ComponentRenderer<Component, AssetRow>(this::cell))
                    .setHeader(grid.getTranslation("attachments.column")).setKey("photo")
                    .setWidth("4.5rem").setFlexGrow(0);
        }

        @Override
        public void pageLoaded(List<AssetRow> rows) {
            List<Long> ids = rows.stream().map(AssetRow::id).toList();
            ids.forEach(photos::remove);
            photos.putAll(attachments.photosOf(ids));
        }

        @Override
        public int minimumWindowWidth() {
            return MINIMUM_WIDTH;
        }

        private Component cell(AssetRow row) {
            Long photo = photos.get(row.id());
            if (photo == null) {
                return new Span();
            }
            Image image = new Image(AttachmentFilesController.thumbnailUrl(photo),
                    row.name() == null ? "" : row.name());
            image.addClassName("asset-list-photo");
            image.getElement().setAttribute("loading", "lazy");
            return image;
        }
    }
}
