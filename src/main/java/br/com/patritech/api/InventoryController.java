package br.com.patritech.api;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.Violations;
import br.com.patritech.documents.LabelLayout;
import br.com.patritech.inventory.CampaignForm;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.CountingService;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.inventory.LabelRequest;
import br.com.patritech.inventory.LabelService;
import br.com.patritech.inventory.ProgressRow;
import br.com.patritech.inventory.MisplacedItem;
import br.com.patritech.inventory.MissingItem;
import br.com.patritech.inventory.ReadAnswer;
import br.com.patritech.inventory.Reconciled;
import br.com.patritech.inventory.ReconciliationService;
import br.com.patritech.inventory.UnknownItem;

/**
 * /api/v1/inventory: campaigns (open, list, progress, close), reads by room, the reconciliation lists and actions,
 * and the label PDF — the same services
 * as the screens, so a collector app sees the same rules (freeze, one read per tombo, unit scope).
 */
@RestController
@RequestMapping("/api/v1/inventory")
@Tag(name = "Inventário", description = "Campanhas de inventário físico, leituras por sala e etiquetas com QR code")
class InventoryController {

    /** A read: the room where the label was read and what was read (tombo, or the label's /t/ link). */
    record ReadRequest(Long roomId, String code) {
    }

    /** An item found without a label or unknown to the system, in a room. */
    record UnknownItemRequest(Long roomId, String description) {
    }

    private final InventoryService inventory;
    private final CountingService counting;
    private final LabelService labels;
    private final ReconciliationService reconciliation;
    private final AssetService assets;

    InventoryController(InventoryService inventory, CountingService counting, LabelService labels,
                        ReconciliationService reconciliation, AssetService assets) {
        this.inventory = inventory;
        this.counting = counting;
        this.labels = labels;
        this.reconciliation = reconciliation;
        this.assets = assets;
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Listar campanhas", description = "As campanhas que tocam as unidades do usuário, da mais recente")
    List<CampaignSummary> list() {
        return inventory.list();
    }

    @PostMapping("/campaigns")
    @Operation(summary = "Abrir uma campanha",
            description = "ADMIN, ou GESTOR com INVENTORY_MANAGE em todas as unidades. Enquanto aberta, transferências "
                    + "e baixas dessas unidades são recusadas (congelamento)")
    ResponseEntity<CampaignSummary> open(@RequestBody CampaignForm form) {
        CampaignSummary opened = inventory.open(form);
        return ETags.created("/api/v1/inventory/campaigns/" + opened.id(), opened, opened.version());
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "Uma campanha, com ETag da sua versão", description = "Unidades, comissão, situação e o que o "
            + "usuário pode fazer (contar, encerrar)")
    ResponseEntity<CampaignSummary> get(@PathVariable long id) {
        CampaignSummary campaign = inventory.get(id);
        return ETags.ok(campaign, campaign.version());
    }

    @GetMapping("/campaigns/{id}/progress")
    @Operation(summary = "Andamento por unidade e sala",
            description = "Esperados, encontrados, em outro local e faltantes, em quantidade e valor, das unidades "
                    + "que o usuário vê")
    List<ProgressRow> progress(@PathVariable long id) {
        return inventory.progress(id);
    }

    @PostMapping("/campaigns/{id}/close")
    @Operation(summary = "Encerrar a campanha", description = "Levanta o congelamento; o relatório fica definitivo. "
            + "If-Match opcional")
    ResponseEntity<CampaignSummary> close(@PathVariable long id,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = ETags.orCurrent(ifMatch, () -> inventory.get(id).version(), CampaignSummary.class, id);
        CampaignSummary closed = inventory.close(id, version);
        return ETags.ok(closed, closed.version());
    }

    @PostMapping("/campaigns/{id}/reads")
    @Operation(summary = "Registrar a leitura de um tombo numa sala",
            description = "Responde depois de gravada: FOUND, MISPLACED (com o local esperado), OTHER_UNIT, "
                    + "WRITTEN_OFF ou UNKNOWN. Ler de novo o mesmo tombo não muda nada (repeated=true, a primeira "
                    + "leitura vale)")
    ReadAnswer read(@PathVariable long id, @RequestBody ReadRequest request) {
        new Violations().require(request.roomId(), "roomId").require(request.code(), "code").throwIfAny();
        return counting.read(id, request.roomId(), request.code());
    }

    @GetMapping("/campaigns/{id}/misplaced")
    @Operation(summary = "Conciliação: bens encontrados em outra sala", description = "Das unidades que o usuário vê, "
            + "por local onde foram lidos; pending=false quando já estão lá (ou a caminho). page desde 0, size 1 a 200")
    List<MisplacedItem> misplaced(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        ApiPage paging = ApiPage.of(page, size);
        return reconciliation.misplaced(id, paging.offset(), paging.size());
    }

    @PostMapping("/campaigns/{id}/misplaced/{assetId}/move")
    @Operation(summary = "Mover um bem para onde foi encontrado", description = "INVENTORY_MANAGE nas duas unidades. "
            + "Na mesma unidade muda a sala (histórico TRANSFERRED com o nome da campanha); para outra unidade cria "
            + "uma guia de transferência com a campanha como motivo (ASSET_TRANSFER também). O congelamento da "
            + "própria campanha não impede. If-Match opcional (versão do bem)")
    Reconciled move(@PathVariable long id, @PathVariable long assetId,
                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return reconciliation.moveMisplaced(id, assetId, assetVersion(assetId, ifMatch));
    }

    @GetMapping("/campaigns/{id}/missing")
    @Operation(summary = "Conciliação: bens esperados e não lidos", description = "Com a situação atual de cada um "
            + "(NAO_LOCALIZADO depois de marcado). page desde 0, size 1 a 200")
    List<MissingItem> missing(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        ApiPage paging = ApiPage.of(page, size);
        return reconciliation.missing(id, paging.offset(), paging.size());
    }

    @PostMapping("/campaigns/{id}/missing/{assetId}/not-located")
    @Operation(summary = "Marcar um bem não lido como NAO_LOCALIZADO", description = "INVENTORY_MANAGE na unidade. "
            + "Continua no patrimônio (totais ativos) até ser lido noutra campanha ou marcado localizado. "
            + "If-Match opcional (versão do bem)")
    ResponseEntity<AssetDetails> notLocated(@PathVariable long id, @PathVariable long assetId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        reconciliation.markNotLocated(id, assetId, assetVersion(assetId, ifMatch));
        AssetDetails asset = assets.get(assetId);
        return ETags.ok(asset, asset.version());
    }

    @PostMapping("/assets/{id}/located")
    @Operation(summary = "Marcar um bem NAO_LOCALIZADO como localizado", description = "INVENTORY_MANAGE na unidade; "
            + "volta a ATIVO (histórico LOCATED). If-Match opcional")
    ResponseEntity<AssetDetails> located(@PathVariable long id,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        reconciliation.locate(id, assetVersion(id, ifMatch));
        AssetDetails asset = assets.get(id);
        return ETags.ok(asset, asset.version());
    }

    @GetMapping("/campaigns/{id}/unknown-items")
    @Operation(summary = "Conciliação: itens anotados sem cadastro", description = "registeredAssetId depois de cadastrado")
    List<UnknownItem> unknownItems(@PathVariable long id) {
        return reconciliation.unknown(id);
    }

    @PostMapping("/campaigns/{id}/unknown-items")
    @Operation(summary = "Anotar um item sem cadastro numa sala", description = "Descrição até 500 caracteres; quem "
            + "conta na campanha")
    @ApiResponse(responseCode = "201", description = "Anotado")
    ResponseEntity<Void> noteUnknown(@PathVariable long id, @RequestBody UnknownItemRequest request) {
        new Violations().require(request.roomId(), "roomId").throwIfAny();
        counting.noteUnknown(id, request.roomId(), request.description());
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/campaigns/{id}/unknown-items/{itemId}/asset")
    @Operation(summary = "Cadastrar um item anotado como bem", description = "Mesmo corpo que POST /api/v1/assets "
            + "(ASSET_CREATE e INVENTORY_MANAGE na unidade); o item fica marcado como cadastrado. Uma vez só (400 "
            + "se já cadastrado)")
    @ApiResponse(responseCode = "201", description = "Criado; Location e ETag do novo bem")
    ResponseEntity<AssetDetails> register(@PathVariable long id, @PathVariable long itemId,
                                          @RequestBody AssetForm form) {
        AssetDetails created = reconciliation.registerUnknown(id, itemId, form);
        return ETags.created("/api/v1/assets/" + created.id(), created, created.version());
    }

    private long assetVersion(long assetId, String ifMatch) {
        return ETags.orCurrent(ifMatch, () -> assets.get(assetId).version(), AssetDetails.class, assetId);
    }

    @GetMapping("/labels")
    @Operation(summary = "Etiquetas com QR code (PDF)",
            description = "Para os bens indicados (assetId, repetível), uma sala (roomId) ou uma unidade (unitId): "
                    + "exatamente um dos três. layout A4_3X10 (Pimaco 6180/6080), A4_2X7 (Pimaco 6182) ou "
                    + "THERMAL_50X30; start é a posição da primeira etiqueta na folha (1 = canto superior esquerdo)")
    @ApiResponse(responseCode = "200", description = "O PDF das etiquetas",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    void labels(@RequestParam(name = "assetId", required = false) Set<Long> assetIds,
                @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long roomId,
                @RequestParam(defaultValue = "A4_3X10") LabelLayout layout, @RequestParam(defaultValue = "1") int start,
                HttpServletResponse response) throws IOException {
        LabelRequest request = new LabelRequest(assetIds, unitId, roomId, layout, start);
        labels.check(request);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"etiquetas.pdf\"");
        labels.write(request, response.getOutputStream());
    }
}
