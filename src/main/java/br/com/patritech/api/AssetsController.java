package br.com.patritech.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetPosition;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.AssetTotals;
import br.com.patritech.assets.Classification;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Violations;

/**
 * /api/v1/assets: the same AssetService as the screens, so permissions and unit scoping are identical. There is
 * no DELETE: assets are kept forever and leave the active totals by write-off.
 */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Bens", description = "Bens patrimoniais: consulta, cadastro, edição, transferência, baixa e histórico")
class AssetsController {

    record RevertRequest(String justification) {
    }

    private final AssetService assets;
    private final JsonMapper json;
    private final ProblemResponses problems;

    AssetsController(AssetService assets, JsonMapper json, ProblemResponses problems) {
        this.assets = assets;
        this.json = json;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Listar bens", description = "q busca em tombo, nome e nº de série; sort=campo,asc|desc "
            + "(id, tombo, name, category, unit, room, value, status, createdAt); size de 1 a 200; custodianId: bens sob a "
            + "responsabilidade dessa pessoa; custodyPending=true: termo aguardando aceite. Para percorrer "
            + "todos os bens: ordene por id ou tombo (ou não ordene: id decrescente) e siga next com after=<next> "
            + "(mesmos filtros, sem page nem sort); nenhum bem se repete nem falta, mesmo com cadastros durante o "
            + "percurso. Uma busca com mais de 1.000 resultados dá totalElementsExact=false e activeValue null, e só "
            + "se ordena por id, tombo ou createdAt (outra ordem: 400 em sort)")
    PageResponse<AssetRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                                @RequestParam(required = false) Long roomId,
                                @RequestParam(required = false) Long categoryId,
                                @RequestParam(required = false) AssetStatus status,
                                @RequestParam(required = false) Classification classification,
                                @RequestParam(required = false) Long custodianId,
                                @RequestParam(defaultValue = "false") boolean custodyPending,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                @Parameter(description = "O next de uma página anterior") @RequestParam(required = false)
                                String after,
                                @Parameter(name = "sort", in = ParameterIn.QUERY, array = @ArraySchema(
                                        schema = @Schema(type = "string", example = "value,desc")))
                                HttpServletRequest request) {
        // Read raw: Spring would split "value,desc" into two list elements.
        String[] sort = request.getParameterValues("sort");
        ApiPage paging = ApiPage.of(page, size);
        ApiSort.checkSyntax(sort);
        AssetFilter filter = new AssetFilter(q, unitId, roomId, categoryId, status, classification, custodianId,
                custodyPending);
        List<AssetSort> order = sorts(sort == null ? List.of() : List.of(sort));
        AssetSort keysetOrder;
        List<AssetRow> content;
        AssetTotals totals;
        if (after != null) {
            AssetPosition position = startingAfter(after, page, sort);
            keysetOrder = position.sort();
            totals = assets.totals(filter);
            content = assets.findAfter(filter, position, paging.size());
        } else {
            keysetOrder = order.isEmpty() ? new AssetSort(AssetSortKey.ID, false)
                    : order.size() == 1 && AssetPosition.isKeyset(order.get(0).key()) ? order.get(0) : null;
            // a search's count decides how its page is read; one of few matches is counted and paged in one query
            var found = assets.findWithTotals(filter, order, paging.offset(), paging.size());
            totals = found.totals();
            content = found.rows();
        }
        String next = keysetOrder == null || content.size() < paging.size() ? null
                : AssetCursor.encode(AssetPosition.after(content.get(content.size() - 1), keysetOrder));
        return paging.response(content, totals.count(), totals.activeValue(), totals.exact(), next);
    }

    /** A cursor carries its own order and position: page and sort beside it would contradict it. */
    private static AssetPosition startingAfter(String after, int page, String[] sort) {
        if (page != 0) {
            throw new DomainException("api.after.with-page", "page");
        }
        if (sort != null) {
            throw new DomainException("api.after.with-sort", "sort");
        }
        return AssetCursor.decode(after);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Um bem, com ETag da sua versão",
            description = "Todos os dados do bem, sua baixa (se houver) e as ações que o usuário pode fazer nele")
    ResponseEntity<AssetDetails> get(@PathVariable long id) {
        return withETag(assets.get(id));
    }

    @PostMapping
    @Operation(summary = "Cadastrar um bem", description = "Sem tombo, o próximo da série é atribuído")
    ResponseEntity<AssetDetails> create(@RequestBody AssetForm form) {
        AssetDetails created = assets.create(requireChoices(form));
        return ETags.created("/api/v1/assets/" + created.id(), created, created.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Substituir os dados de um bem (If-Match obrigatório)",
            description = "Unidade e sala só mudam por transferência; 412 se a versão mudou, 428 sem If-Match")
    ResponseEntity<AssetDetails> replace(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody AssetForm form) {
        long version = ETags.required(ifMatch, AssetDetails.class, id);
        return withETag(assets.update(id, version, requireChoices(form)));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Alterar campos de um bem (JSON Merge Patch, If-Match obrigatório)",
            description = "Só os campos enviados mudam (RFC 7396). origin, conservation, classification e status não "
                    + "aceitam null; unidade e sala só mudam por transferência")
    ResponseEntity<AssetDetails> patch(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody Map<String, Object> changes) {
        long version = ETags.required(ifMatch, AssetDetails.class, id);
        AssetForm form = json.updateValue(AssetForm.of(assets.get(id)), changes);
        return withETag(assets.update(id, version, requireChoices(form)));
    }

    @PostMapping("/{id}/write-off")
    @Operation(summary = "Dar baixa", description = "Data (não futura, não anterior à aquisição), motivo, processo, nota")
    ResponseEntity<AssetDetails> writeOff(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody WriteOffRequest request) {
        return withETag(assets.writeOff(id, version(id, ifMatch), request));
    }

    @PostMapping("/{id}/write-off/revert")
    @Operation(summary = "Reverter uma baixa (somente administradores, com justificativa)",
            description = "O bem volta a ativo; a justificativa fica no histórico. If-Match opcional")
    ResponseEntity<AssetDetails> revert(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody RevertRequest request) {
        return withETag(assets.revertWriteOff(id, version(id, ifMatch), request.justification()));
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Mudar de sala dentro da unidade do bem",
            description = "Exige ASSET_TRANSFER na unidade; registrado no histórico. unitId deve ser a unidade do bem: "
                    + "para outra unidade, crie uma guia (POST /api/v1/transfers). If-Match opcional")
    ResponseEntity<AssetDetails> transfer(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody MoveRequest request) {
        return withETag(assets.transfer(id, version(id, ifMatch), request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Não existe: bens nunca são excluídos", description = "Responde 405; use write-off")
    ResponseEntity<ProblemDetail> delete(@PathVariable long id, HttpServletRequest request) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "assets-are-never-deleted",
                problems.text(request, "api.assets-never-deleted"), null);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Histórico do bem, do mais recente ao mais antigo",
            description = "Cadastro, alterações (campo, antes e depois), transferências, baixa e reversão, com quem e "
                    + "quando")
    List<AssetHistoryEntry> history(@PathVariable long id) {
        return assets.history(id);
    }

    private long version(long id, String ifMatch) {
        return ETags.orCurrent(ifMatch, () -> assets.get(id).version(), AssetDetails.class, id);
    }

    private static ResponseEntity<AssetDetails> withETag(AssetDetails asset) {
        return ETags.ok(asset, asset.version());
    }

    /** The choices have defaults but no "none": an explicit null (PUT, or a merge patch removing one) is refused. */
    private static AssetForm requireChoices(AssetForm form) {
        new Violations().require(form.getOrigin(), "origin").require(form.getConservation(), "conservation")
                .require(form.getClassification(), "classification").require(form.getStatus(), "status")
                .throwIfAny();
        return form;
    }

    static List<AssetSort> sorts(List<String> sort) {
        List<AssetSort> result = new ArrayList<>();
        for (String s : sort == null ? List.<String>of() : sort) {
            String[] parts = s.split(",");
            if (AssetSortKey.fromApiName(parts[0]).isEmpty() || parts.length > 2
                    || parts.length == 2 && !parts[1].matches("(?i)asc|desc")) {
                throw new DomainException("api.sort.invalid", "sort", AssetSortKey.apiNames());
            }
            result.add(new AssetSort(AssetSortKey.fromApiName(parts[0]).orElseThrow(), parts.length == 1 || parts[1].equalsIgnoreCase("asc")));
        }
        return result;
    }
}
