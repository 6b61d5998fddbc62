package br.com.patritech.inventory.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import br.com.patritech.documents.QrReader;

/**
 * A photo of the label, taken with the phone's camera app (the way on iPhones, whose browser cannot scan live),
 * decoded on the server with ZXing. Kept in memory and limited in size; the photo itself is not stored.
 */
class PhotoReader extends Div {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    PhotoReader(Consumer<String> onCode, Consumer<String> onProblem) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                QrReader.read(bytes).ifPresentOrElse(onCode,
                        () -> onProblem.accept(getTranslation("inventory.count.photo.unreadable")))))));
        upload.setId("count-photo");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("image/*");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("inventory.count.photo"),
                com.vaadin.flow.component.icon.VaadinIcon.PICTURE.create()));
        upload.setDropAllowed(false);
        // opens the rear camera directly on phones
        upload.getElement().setProperty("capture", "environment");
        upload.addFileRejectedListener(e -> onProblem.accept(getTranslation("inventory.count.photo.too-big")));
        // each photo is a new read: clear the finished file so the next one can be chosen
        upload.addAllFinishedListener(e -> upload.clearFileList());
        add(upload);
    }
}
