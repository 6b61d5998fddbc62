package br.com.patritech.attachments.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import br.com.patritech.attachments.AttachmentFile;
import br.com.patritech.attachments.AttachmentService;
import br.com.patritech.base.NotFoundException;

/**
 * The files for the screens (signed-in session): thumbnails for the gallery and the list, downloads. Plain URLs, so
 * the browser caches them: a file never changes under its id (privately: only this user's browser keeps them).
 * The service checks the asset's scope on every request.
 */
@Controller
class AttachmentFilesController {

    static final String BASE = "anexos/";

    private final AttachmentService attachments;

    AttachmentFilesController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    static String thumbnailUrl(long attachmentId) {
        return BASE + attachmentId + "/miniatura";
    }

    static String downloadUrl(long attachmentId) {
        return BASE + attachmentId;
    }

    @GetMapping("/" + BASE + "{id}/miniatura")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        return attachments.thumbnail(id).map(bytes -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .contentType(MediaType.IMAGE_JPEG).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/" + BASE + "{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        AttachmentFile file = attachments.download(id);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
