package br.com.patritech.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.transfers.AcceptTransfer;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.RefuseTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferDirection;
import br.com.patritech.transfers.TransferRow;
import br.com.patritech.transfers.TransferService;

/**
 * /api/v1/transfers: transfer guides between units (docs/decisions/0010-two-step-transfers.md), through the same
 * TransferService as the screens. Decisions take If-Match like the asset actions: of two clients deciding the
 * same guide at once, the second gets 412.
 */
@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "Transferências", description = "Guias de transferência entre unidades: criar, listar, aceitar, recusar, "
        + "cancelar e imprimir")
class TransfersController {

    private final TransferService transfers;

    TransfersController(TransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping
    @Operation(summary = "Criar uma guia de transferência",
            description = "Bens de uma só unidade de origem (ASSET_TRANSFER nela), unidade de destino ativa e motivo. "
                    + "Os bens ficam EM_TRANSITO até a decisão do destino; 400 se algum bem já está em trânsito")
    ResponseEntity<TransferDetails> create(@RequestBody NewTransfer request) {
        TransferDetails created = transfers.create(request);
        return ETags.created("/api/v1/transfers/" + created.id(), created, created.version());
    }

    @GetMapping
    @Operation(summary = "Listar guias recebidas ou enviadas, pendentes primeiro",
            description = "direction=INCOMING (destino) ou OUTGOING (origem), nas unidades que o usuário vê; unitId "
                    + "restringe a uma unidade; size de 1 a 200")
    PageResponse<TransferRow> list(@RequestParam(defaultValue = "INCOMING") TransferDirection direction,
                                   @RequestParam(required = false) Long unitId,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        ApiPage paging = ApiPage.of(page, size);
        List<TransferRow> content = transfers.find(direction, unitId, paging.offset(), paging.size());
        return paging.response(content, transfers.count(direction, unitId), null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Uma guia, com ETag da sua versão",
            description = "Origem, destino, motivo, bens como foram enviados, andamento e as ações que o usuário pode "
                    + "fazer nela")
    ResponseEntity<TransferDetails> get(@PathVariable long id) {
        return withETag(transfers.get(id));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Aceitar (unidade de destino)",
            description = "ASSET_TRANSFER na unidade de destino; roomId opcional, sala da unidade de destino. Os bens "
                    + "passam ao destino. If-Match opcional; 400 se a guia já foi decidida")
    ResponseEntity<TransferDetails> accept(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody(required = false) AcceptTransfer request) {
        return withETag(transfers.accept(id, version(id, ifMatch), request == null ? new AcceptTransfer(null) : request));
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Recusar (unidade de destino), com motivo",
            description = "ASSET_TRANSFER na unidade de destino; os bens voltam ao estado anterior na origem. "
                    + "If-Match opcional")
    ResponseEntity<TransferDetails> refuse(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody RefuseTransfer request) {
        return withETag(transfers.refuse(id, version(id, ifMatch), request));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancelar (unidade de origem), antes da decisão",
            description = "ASSET_TRANSFER na unidade de origem; os bens voltam ao estado anterior. If-Match opcional")
    ResponseEntity<TransferDetails> cancel(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch) {
        return withETag(transfers.cancel(id, version(id, ifMatch)));
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "A guia impressa (PDF)",
            description = "Número, origem, destino, motivo, bens (tombo, descrição, série, valor), total e assinaturas; "
                    + "no idioma de Accept-Language (pt-BR ou en)",
            responses = @ApiResponse(responseCode = "200", description = "O PDF da guia",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        TransferDetails guide = transfers.get(id);
        byte[] pdf = transfers.pdf(id, ProblemResponses.locale(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(guide.number() + ".pdf").build().toString())
                .body(pdf);
    }

    private long version(long id, String ifMatch) {
        return ETags.orCurrent(ifMatch, () -> transfers.get(id).version(), TransferDetails.class, id);
    }

    private static ResponseEntity<TransferDetails> withETag(TransferDetails guide) {
        return ETags.ok(guide, guide.version());
    }
}
