package br.com.patritech.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.base.DomainException;
import br.com.patritech.reports.ReportFormat;
import br.com.patritech.reports.ReportKind;
import br.com.patritech.reports.ReportRequest;
import br.com.patritech.reports.ReportService;

/**
 * /api/v1/reports/{kind}: a report as PDF or CSV, with the screen's rules and scoping (decision 0019). The report is
 * written to a temporary file first, so a refusal is a problem+json and never half a file, then streamed.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Relatórios")
class ReportsController {

    private final ReportService reports;

    ReportsController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{kind}")
    @Operation(summary = "Gerar um relatório (PDF ou CSV)",
            description = "kind: patrimonial (por unidade e sala), by-category, by-custodian, write-offs, transfers, "
                    + "acquisitions, depreciation, fiscal-depreciation. Os cinco últimos exigem from e to (AAAA-MM-DD, "
                    + "inclusive; no máximo 5 anos); os de depreciação somam o razão dos meses fechados do mês de from "
                    + "ao de to, por unidade e categoria (fiscal-depreciation: só os fechamentos que a calcularam). "
                    + "Sem unitId: todas as unidades que o usuário vê. Totais: valor de aquisição dos bens não "
                    + "baixados, como na lista e no painel (os periódicos dizem o seu critério no cabeçalho). "
                    + "Idioma pelo Accept-Language; CSV pt-BR com BOM, ';' e vírgula decimal.",
            responses = @ApiResponse(responseCode = "200", description = "O relatório", content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    void report(@PathVariable String kind, @RequestParam(defaultValue = "pdf") String format,
                @RequestParam(required = false) Long unitId,
                @Parameter(example = "2026-01-01") @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @Parameter(example = "2026-12-31") @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportKind chosen = ReportKind.fromSlug(kind);
        if (chosen == null) {
            throw new DomainException("report.kind.unknown", "kind");
        }
        ReportFormat fileFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> ReportFormat.PDF;
            case "csv" -> ReportFormat.CSV;
            default -> throw new DomainException("report.format.unknown", "format");
        };
        ReportService.ReportFile file = reports.generate(new ReportRequest(chosen, unitId, from, to), fileFormat,
                ProblemResponses.locale(request));
        try (InputStream in = Files.newInputStream(file.path())) {
            response.setContentType(file.contentType());
            response.setContentLengthLong(Files.size(file.path()));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(file.fileName()).build().toString());
            in.transferTo(response.getOutputStream());
        } finally {
            Files.deleteIfExists(file.path());
        }
    }
}
