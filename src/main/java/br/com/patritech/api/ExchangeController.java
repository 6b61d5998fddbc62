package br.com.patritech.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Classification;
import br.com.patritech.exchange.AssetExport;
import br.com.patritech.exchange.ExportFormat;

/**
 * /api/v1/assets/export: the asset list, with the list's filter, sort and scoping, streamed as CSV or XLSX in the
 * language of Accept-Language (decision 0014).
 */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Bens")
class ExchangeController {

    private final AssetExport export;

    ExchangeController(AssetExport export) {
        this.export = export;
    }

    @GetMapping("/export")
    @Operation(summary = "Exportar a lista de bens (CSV ou XLSX)",
            description = "Mesmos filtros, ordenação e escopo de GET /api/v1/assets, sem paginação: todas as linhas, "
                    + "transmitidas enquanto são lidas. pt-BR (padrão): CSV com BOM, ';', vírgula decimal e dd/MM/yyyy; "
                    + "en: ',' e ponto decimal. Células que começam com =, +, -, @, tab ou CR são neutralizadas.",
            responses = @ApiResponse(responseCode = "200", description = "A planilha", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))}))
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long roomId,
                @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) AssetStatus status,
                @RequestParam(required = false) Classification classification,
                @Parameter(name = "sort", in = ParameterIn.QUERY, array = @ArraySchema(
                        schema = @Schema(type = "string", example = "value,desc")))
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new br.com.patritech.base.DomainException("api.export.format", "format");
        };
        String[] sort = request.getParameterValues("sort");
        ApiSort.checkSyntax(sort);
        List<AssetSort> sorts = AssetsController.sorts(sort == null ? List.of() : List.of(sort));
        AssetFilter filter = new AssetFilter(q, unitId, roomId, categoryId, status, classification);
        Locale locale = ProblemResponses.locale(request);
        response.setContentType(chosen.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(export.fileName(chosen, locale)).build().toString());
        export.write(filter, sorts, chosen, locale, response.getOutputStream());
    }
}
