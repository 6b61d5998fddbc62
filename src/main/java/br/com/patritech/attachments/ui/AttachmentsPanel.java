package br.com.patritech.attachments.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.attachments.AttachmentKind;
import br.com.patritech.attachments.AttachmentService;
import br.com.patritech.attachments.AttachmentSummary;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.Formats;

/**
 * Photos (a gallery of thumbnails) and documents of one asset, with upload, download and delete for those who may
 * edit the asset, and the deleted files an administrator may restore. After a change the page is shown again, so the
 * history below tells it too.
 */
class AttachmentsPanel extends VerticalLayout {

    private final AssetDetails asset;
    private final AttachmentService attachments;
    private final VerticalLayout files = new VerticalLayout();
    private final boolean mayChange;

    AttachmentsPanel(AssetDetails asset, AttachmentService attachments) {
        this.asset = asset;
        this.attachments = attachments;
        setId("asset-attachments");
        setPadding(false);
        addClassName("asset-attachments");
        add(new H3(getTranslation("attachments.section")));
        mayChange = attachments.mayChange(asset);
        if (mayChange) {
            add(new AttachmentUploads(asset.id(), attachments, this::showFiles, this::changed).components());
        } else if (asset.writtenOff()) {
            Span readOnly = new Span(getTranslation("attachments.read-only"));
            readOnly.setId("attachments-read-only");
            add(readOnly);
        }
        files.setPadding(false);
        add(files);
        showFiles();
    }

    /** Lists the files again (after an upload; the uploads stay as they are while more files arrive). */
    private void showFiles() {
        files.removeAll();
        List<AttachmentSummary> all = attachments.list(asset.id());
        if (all.isEmpty()) {
            Span none = new Span(getTranslation("attachments.none"));
            none.setId("attachments-none");
            files.add(none);
        }
        List<AttachmentSummary> photos = all.stream().filter(f -> f.kind() == AttachmentKind.PHOTO).toList();
        List<AttachmentSummary> documents = all.stream().filter(f -> f.kind() == AttachmentKind.DOCUMENT).toList();
        if (!photos.isEmpty()) {
            Div gallery = new Div();
            gallery.setId("attachments-gallery");
            gallery.addClassName("attachments-gallery");
            photos.forEach(p -> gallery.add(photo(p)));
            files.add(new H4(getTranslation("attachments.photos")), gallery);
        }
        if (!documents.isEmpty()) {
            files.add(new H4(getTranslation("attachments.documents")),
                    column("attachments-documents", documents.stream().map(this::document).toList()));
        }
        if (attachments.mayRestore()) {
            List<AttachmentSummary> deleted = attachments.deleted(asset.id());
            if (!deleted.isEmpty()) {
                files.add(new H4(getTranslation("attachments.deleted.title")),
                        column("attachments-deleted", deleted.stream().map(this::deletedLine).toList()));
            }
        }
    }

    private static VerticalLayout column(String id, List<HorizontalLayout> lines) {
        VerticalLayout column = new VerticalLayout();
        column.setId(id);
        column.setPadding(false);
        column.setSpacing(false);
        lines.forEach(column::add);
        return column;
    }

    private Div photo(AttachmentSummary photo) {
        Image thumbnail = new Image(AttachmentFilesController.thumbnailUrl(photo.id()),
                getTranslation("attachments.photo.alt", photo.fileName()));
        thumbnail.addClassName("attachment-thumbnail");
        Anchor open = new Anchor(AttachmentFilesController.downloadUrl(photo.id()), thumbnail);
        open.getElement().setAttribute("router-ignore", true);
        open.setTitle(photo.fileName());
        Div tile = new Div(open);
        tile.addClassName("attachment-tile");
        tile.setId("attachment-" + photo.id());
        if (mayChange) {
            tile.add(deleteButton(photo));
        }
        return tile;
    }

    private HorizontalLayout document(AttachmentSummary document) {
        Anchor link = new Anchor(AttachmentFilesController.downloadUrl(document.id()), document.fileName());
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", true);
        HorizontalLayout line = new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), link,
                new Span(getTranslation("attachments.size", Math.max(1, (document.sizeBytes() + 1023) / 1024))));
        line.setId("attachment-" + document.id());
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        if (mayChange) {
            line.add(deleteButton(document));
        }
        return line;
    }

    private Button deleteButton(AttachmentSummary file) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.ask(
                getTranslation("attachments.delete"), getTranslation("attachments.delete.confirm", file.fileName()),
                getTranslation("attachments.delete"), () -> attachments.delete(file.id(), file.version()),
                getTranslation("attachments.deleted", file.fileName()), this::changed));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel(getTranslation("attachments.delete") + " " + file.fileName());
        delete.setTooltipText(getTranslation("attachments.delete"));
        delete.addClassName("attachment-delete");
        return delete;
    }

    private HorizontalLayout deletedLine(AttachmentSummary file) {
        var locale = getLocale();
        Span text = new Span(getTranslation("attachments.deleted.line", file.fileName(), file.deletedBy(),
                Formats.dateTime(file.deletedAt(), locale), Formats.dateTime(file.purgeAfter(), locale)));
        Button restore = new Button(getTranslation("attachments.restore"), VaadinIcon.ROTATE_LEFT.create(), e -> {
            try {
                attachments.restore(file.id(), file.version());
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("attachments.restored", file.fileName()));
                changed();
            } catch (RuntimeException refusal) {
                br.com.patritech.base.ui.FormErrors.notify(refusal);
            }
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setId("restore-attachment-" + file.id());
        HorizontalLayout line = new HorizontalLayout(text, restore);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        return line;
    }

    /** Shows the page again: the section and the asset's history below it both tell the change. */
    private void changed() {
        UI.getCurrent().refreshCurrentRoute(false);
    }

}
