package br.com.patritech.attachments.ui;

import java.io.InputStream;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import br.com.patritech.attachments.AttachmentService;
import br.com.patritech.base.DomainException;

/**
 * The two ways to add files: "attach file" (photos and PDFs from the device) and, on a phone, "take photo" (the
 * camera at once: accept image/* with capture). Files stream from the request to the service, which reads at most the
 * size limit; the component refuses larger files before sending them.
 */
class AttachmentUploads {

    private static final String[] ACCEPTED_TYPES = {"image/jpeg", "image/png", "image/webp", "application/pdf"};
    private static final String[] ACCEPTED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".pdf"};

    private final long assetId;
    private final AttachmentService attachments;
    private final Runnable fileAdded;
    private final Runnable allDone;

    AttachmentUploads(long assetId, AttachmentService attachments, Runnable fileAdded, Runnable allDone) {
        this.assetId = assetId;
        this.attachments = attachments;
        this.fileAdded = fileAdded;
        this.allDone = allDone;
    }

    List<Component> components() {
        UI ui = UI.getCurrent();
        Upload files = upload("attachment-upload", ui.getTranslation("attachments.add"), VaadinIcon.PAPERCLIP);
        files.setAcceptedMimeTypes(ACCEPTED_TYPES);
        files.setAcceptedFileExtensions(ACCEPTED_EXTENSIONS);
        Upload camera = upload("attachment-camera", ui.getTranslation("attachments.camera"), VaadinIcon.CAMERA);
        camera.setAcceptedMimeTypes("image/*");
        camera.getElement().setProperty("capture", "environment");
        camera.addClassName("attachment-camera");
        Span hint = new Span(ui.getTranslation("attachments.hint", attachments.maxBytes() / (1024 * 1024)));
        hint.addClassName("attachments-hint");
        return List.of(files, camera, hint);
    }

    private Upload upload(String id, String label, VaadinIcon icon) {
        Upload upload = new Upload(handler());
        upload.setId(id);
        upload.setUploadButton(new Button(label, icon.create()));
        upload.setDropLabel(new Span());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxBytes()));
        // Refused in the browser before sending (too large, or not an accepted type): said in the user's language.
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(upload.getTranslation("attachments.too-large", attachments.maxBytes() / (1024 * 1024)))
                .setIncorrectFileType(upload.getTranslation("attachments.type.unsupported"))));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> {
            upload.clearFileList();
            allDone.run();
        });
        return upload;
    }

    private UploadHandler handler() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                UI ui = event.getUI();
                try (InputStream content = event.getInputStream()) {
                    var saved = attachments.add(assetId, event.getFileName(), event.getContentType(), content);
                    ui.access(() -> {
                        Notification.show(ui.getTranslation("attachments.added", saved.fileName()));
                        fileAdded.run();
                    });
                } catch (DomainException refused) {
                    String message = ui.getTranslation(refused.getMessageKey(), refused.getArgs());
                    event.reject(message);
                    ui.access(() -> error(message));
                } catch (RuntimeException | java.io.IOException failed) {
                    String message = ui.getTranslation(failed instanceof org.springframework.security.access
                            .AccessDeniedException ? "error.access-denied" : "error.unexpected");
                    event.reject(message);
                    ui.access(() -> error(message));
                }
            }

            @Override
            public long getFileSizeMax() {
                return attachments.maxBytes();
            }
        };
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
