package br.com.patritech.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import br.com.patritech.attachments.AttachmentFile;
import br.com.patritech.attachments.AttachmentService;
import br.com.patritech.attachments.AttachmentSummary;
import br.com.patritech.base.NotFoundException;

/**
 * Photos and documents of an asset over HTTP: the same service as the asset page, so scope (404 outside the
 * caller's units), the EDIT flag (403) and the file checks (413 too large, 415 not a photo or PDF, or not what its
 * name says) are identical. Deleted files are kept 30 days for an administrator (docs/decisions/0015).
 */
@RestController
@RequestMapping("/api/v1/assets/{assetId}/attachments")
@Tag(name = "Fotos e documentos", description = "Fotos (JPEG, PNG, WebP) e PDFs anexados a um bem")
class AttachmentsController {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";

    /** The multipart form, as the document describes it. */
    record UploadForm(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
                      String file) {
    }

    private final AttachmentService attachments;

    AttachmentsController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "Listar os arquivos de um bem", description = "Fotos e documentos ativos, do mais novo ao "
            + "mais antigo; bem fora do escopo do usuário: 404")
    List<AttachmentSummary> list(@PathVariable long assetId) {
        return attachments.list(assetId);
    }

    @PostMapping
    @Operation(summary = "Anexar uma foto ou um PDF", description = "multipart/form-data com a parte file. O tipo vem "
            + "do conteúdo (JPEG, PNG, WebP ou PDF), nunca do nome; um arquivo cujo nome diz outro tipo é recusado. "
            + "Fotos são regravadas sem metadados (EXIF/GPS) e ganham miniatura. Exige a permissão de editar o bem",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Anexado; Location do arquivo",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = AttachmentSummary.class))),
                @ApiResponse(responseCode = "413", description = "Arquivo maior que o limite (patritech.attachments.max-size)",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA))),
                @ApiResponse(responseCode = "415", description = "Não é foto nem PDF, ou não corresponde ao nome",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))})
    ResponseEntity<AttachmentSummary> upload(@PathVariable long assetId, @RequestPart("file") MultipartFile file) {
        AttachmentSummary saved;
        try (InputStream content = file.getInputStream()) {
            saved = attachments.add(assetId, file.getOriginalFilename(), file.getContentType(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ETags.created("/api/v1/assets/" + assetId + "/attachments/" + saved.id(), saved, saved.version());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Baixar um arquivo", description = "O arquivo como guardado (fotos regravadas), com o tipo "
            + "verificado e Content-Disposition attachment",
            responses = @ApiResponse(responseCode = "200", description = "O arquivo", content = {
                @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<byte[]> download(@PathVariable long assetId, @PathVariable long id) {
        of(assetId, id);
        AttachmentFile file = attachments.download(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Excluir um arquivo", description = "Exige a permissão de editar o bem; registrado no "
            + "histórico do bem; um administrador pode recuperá-lo por 30 dias. If-Match opcional",
            responses = {@ApiResponse(responseCode = "204", description = "Excluído"),
                @ApiResponse(responseCode = "412", description = "If-Match desatualizado: o arquivo mudou desde a leitura",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))})
    ResponseEntity<Void> delete(@PathVariable long assetId, @PathVariable long id,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = ETags.orCurrent(ifMatch, () -> of(assetId, id).version(), AttachmentSummary.class, id);
        of(assetId, id);
        attachments.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    /** The file, when it belongs to this asset (another asset's file is answered as unknown). */
    private AttachmentSummary of(long assetId, long id) {
        AttachmentSummary summary = attachments.get(id);
        if (summary.assetId() != assetId || summary.deletedAt() != null) {
            throw new NotFoundException("attachment", id);
        }
        return summary;
    }
}
