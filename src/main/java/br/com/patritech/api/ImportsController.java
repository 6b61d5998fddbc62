package br.com.patritech.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.base.DomainException;
import br.com.patritech.exchange.ExportFormat;
import br.com.patritech.exchange.ImportColumn;
import br.com.patritech.exchange.ImportJob;
import br.com.patritech.exchange.ImportMode;
import br.com.patritech.exchange.ImportRejection;
import br.com.patritech.exchange.ImportService;
import br.com.patritech.exchange.ImportTemplates;

/**
 * /api/v1/imports: send a spreadsheet, follow its job, read its refused rows (decision 0014). Same permissions as the
 * screen: the ASSET_CREATE flag in the rows' units; a job is visible to who started it and to administrators.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Importação")
class ImportsController {

    private final ImportService imports;
    private final ImportTemplates templates;
    private final JsonMapper json;
    private final ProblemResponses problems;

    ImportsController(ImportService imports, ImportTemplates templates, JsonMapper json, ProblemResponses problems) {
        this.imports = imports;
        this.templates = templates;
        this.json = json;
        this.problems = problems;
    }

    /** Over the upload limit, should the parts be read only here: 413, not "no file". */
    @org.springframework.web.bind.annotation.ExceptionHandler(
        org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return problems.uploadTooLarge(request);
    }

    /** No 'file' part, or a body that is not multipart: the field says what is missing. */
    @org.springframework.web.bind.annotation.ExceptionHandler({
        org.springframework.web.multipart.support.MissingServletRequestPartException.class,
        org.springframework.web.multipart.MultipartException.class})
    ResponseEntity<org.springframework.http.ProblemDetail> noFile(Exception e, HttpServletRequest request) {
        String text = problems.text(request, "import.file.missing");
        return problems.problem(org.springframework.http.HttpStatus.BAD_REQUEST, "validation", text,
                java.util.List.of(new ProblemResponses.FieldError("file", text)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importar bens de uma planilha (CSV ou XLSX)",
            description = "Multipart: 'file' (CSV em UTF-8 ou Windows-1252, ';' ou ','; ou XLSX), 'mapping' (opcional,"
                    + " JSON {\"NAME\": \"Nome\", ...}: coluna do sistema -> cabeçalho da planilha; sem ele, o mapeamento"
                    + " é deduzido dos cabeçalhos), 'mode' (VALID_ONLY ou ALL_OR_NOTHING) e 'createPlaces'. Colunas do"
                    + " sistema: TOMBO, NAME, DESCRIPTION, SERIAL_NUMBER, CATEGORY, UNIT, ROOM, ACQUISITION_VALUE,"
                    + " ACQUISITION_DATE, SUPPLIER, INVOICE_NUMBER, ORIGIN, CONSERVATION, CLASSIFICATION, STATUS,"
                    + " RESPONSIBLE_CPF e RESPONSIBLE_NAME (NAME, CATEGORY, UNIT e ACQUISITION_VALUE obrigatórias)."
                    + " RESPONSIBLE_CPF/RESPONSIBLE_NAME nomeiam o responsável (guarda): o bem importado fica sob a"
                    + " guarda dele com termo de responsabilidade pendente de aceite, como na atribuição pela tela;"
                    + " exige ASSET_EDIT na unidade do responsável, que deve ser a do bem. Com 'createPlaces', unidades,"
                    + " salas, categorias e responsáveis (CPF e nome) ausentes são cadastrados. Responde 202"
                    + " com o trabalho, que roda em segundo plano: acompanhe em GET /api/v1/imports/{id}.")
    @ApiResponse(responseCode = "202", description = "Importação iniciada")
    @ApiResponse(responseCode = "400", description = "Arquivo que não é planilha, mapeamento inválido",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Sem permissão para cadastrar bens",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Arquivo maior que o limite (PATRITECH_IMPORT_MAX_FILE_SIZE)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<ImportJob> start(@RequestPart("file") MultipartFile file,
                                    @RequestParam(required = false) String mapping,
                                    @RequestParam(defaultValue = "VALID_ONLY") ImportMode mode,
                                    @RequestParam(defaultValue = "false") boolean createPlaces,
                                    HttpServletRequest request) throws IOException {
        Path stored;
        try (InputStream in = file.getInputStream()) {
            stored = imports.receive(in);
        }
        try {
            Map<ImportColumn, String> chosen = mapping == null || mapping.isBlank()
                    ? imports.preview(stored).mapping() : mapping(mapping);
            ImportJob job = imports.start(stored, file.getOriginalFilename(), chosen, mode, createPlaces,
                    ProblemResponses.locale(request));
            return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(stored); // the job did not start, so nobody else will delete it
            throw e;
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Situação de uma importação",
            description = "Progresso (processedRows de totalRows) e, ao fim, quantas linhas entraram e quantas foram"
                    + " recusadas. Só quem iniciou e administradores a veem.")
    @ApiResponse(responseCode = "200", description = "A importação")
    @ApiResponse(responseCode = "404", description = "Importação desconhecida",
            content = @Content(mediaType = "application/problem+json"))
    ImportJob job(@PathVariable long id) {
        return imports.job(id);
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "Erros de uma importação, por linha",
            description = "Cada motivo de recusa: linha da planilha, coluna (cabeçalho do arquivo) e mensagem no idioma"
                    + " em que a importação foi iniciada; paginado.")
    @ApiResponse(responseCode = "200", description = "Uma página de erros")
    @ApiResponse(responseCode = "400", description = "Página inválida",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Importação desconhecida",
            content = @Content(mediaType = "application/problem+json"))
    PageResponse<ImportRejection> errors(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        ApiPage paging = ApiPage.of(page, size);
        return paging.response(imports.rejections(id, paging.offset(), paging.size()), imports.rejectionCount(id),
                null);
    }

    @GetMapping("/{id}/rejected")
    @Operation(summary = "Linhas recusadas, para corrigir e enviar de novo",
            description = "As linhas recusadas como vieram, com uma última coluna 'erro' (CSV ou XLSX).",
            responses = {@ApiResponse(responseCode = "200", description = "A planilha", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))}),
                @ApiResponse(responseCode = "400", description = "Formato inválido",
                    content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "404", description = "Importação desconhecida",
                    content = @Content(mediaType = "application/problem+json"))})
    void rejected(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        ExportFormat chosen = format(format);
        Locale locale = ProblemResponses.locale(request);
        imports.job(id);
        attachment(response, chosen, "import-" + id + "-rejected." + chosen.extension());
        imports.writeRejected(id, chosen, locale, response.getOutputStream());
    }

    @GetMapping("/template")
    @Operation(summary = "Modelo de planilha para importação",
            description = "As colunas que a importação reconhece e uma linha de exemplo, em CSV ou XLSX, no idioma do"
                    + " Accept-Language.",
            responses = {@ApiResponse(responseCode = "200", description = "O modelo", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))}),
                @ApiResponse(responseCode = "400", description = "Formato inválido",
                    content = @Content(mediaType = "application/problem+json"))})
    void template(@RequestParam(defaultValue = "csv") String format, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        ExportFormat chosen = format(format);
        Locale locale = ProblemResponses.locale(request);
        attachment(response, chosen, templates.templateName(chosen, locale));
        templates.writeTemplate(chosen, locale, response.getOutputStream());
    }

    private Map<ImportColumn, String> mapping(String text) {
        try {
            Map<String, String> raw = json.readValue(text, new TypeReference<Map<String, String>>() { });
            Map<ImportColumn, String> mapping = new EnumMap<>(ImportColumn.class);
            raw.forEach((column, header) -> mapping.put(ImportColumn.valueOf(column), header));
            return mapping;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new DomainException("import.mapping.invalid", "mapping");
        }
    }

    private static ExportFormat format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new DomainException("api.export.format", "format");
        };
    }

    private static void attachment(HttpServletResponse response, ExportFormat format, String fileName) {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName)
                .build().toString());
    }
}
