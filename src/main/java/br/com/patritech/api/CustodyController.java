package br.com.patritech.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.base.DomainException;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonForm;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermService.TermFilter;
import br.com.patritech.custody.TermSummary;

/**
 * Custody over HTTP: responsible people (reference data with ETag/If-Match), assigning and returning assets in bulk,
 * the terms (metadata and PDF) and their acceptance. The same services as the screens, so scoping is identical.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Responsáveis e termos", description = "Responsáveis, atribuição e devolução de bens, termos e aceite")
class CustodyController {

    record AssignRequest(Set<Long> assetIds, Long personId) {
    }

    record ReturnRequest(Set<Long> assetIds) {
    }

    record ActiveRequest(Boolean active) {
    }

    private final PeopleService people;
    private final CustodyService custody;
    private final TermService terms;

    CustodyController(PeopleService people, CustodyService custody, TermService terms) {
        this.people = people;
        this.custody = custody;
        this.terms = terms;
    }

    @GetMapping("/people")
    @Operation(summary = "Listar responsáveis", description = "Das unidades visíveis ao usuário, por nome; q busca em "
            + "nome, CPF e matrícula; unitId filtra por unidade; size de 1 a 200")
    PageResponse<PersonSummary> people(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) Long unitId,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        ApiPage paging = ApiPage.of(page, size);
        return paging.response(people.find(q, unitId, false, paging.offset(), paging.size()),
                people.count(q, unitId, false), null);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "Um responsável, com ETag", description = "Responsável de uma unidade visível ao usuário")
    ResponseEntity<PersonSummary> person(@PathVariable long id) {
        PersonSummary person = people.get(id);
        return ETags.ok(person, person.version());
    }

    @PostMapping("/people")
    @Operation(summary = "Cadastrar responsável (ASSET_EDIT na unidade)", description = "CPF válido e único (409 se "
            + "repetido); linkAccount vincula à conta de usuário com o mesmo CPF. Responde 201 com Location e ETag")
    ResponseEntity<PersonSummary> createPerson(@RequestBody PersonForm form) {
        PersonSummary person = people.create(form);
        return ETags.created("/api/v1/people/" + person.id(), person, person.version());
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Alterar responsável (If-Match obrigatório)",
            description = "Substitui todos os dados; CPF único (409 se repetido)")
    ResponseEntity<PersonSummary> updatePerson(@PathVariable long id, @RequestHeader(name = "If-Match",
            required = false) String ifMatch, @RequestBody PersonForm form) {
        PersonSummary person = people.update(id, ETags.required(ifMatch, PersonSummary.class, id), form);
        return ETags.ok(person, person.version());
    }

    @PostMapping("/people/{id}/active")
    @Operation(summary = "Ativar ou inativar responsável", description = "Inativo não recebe bens; If-Match opcional")
    ResponseEntity<PersonSummary> setActive(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody ActiveRequest request) {
        if (request.active() == null) {
            throw new DomainException("validation.required", "active");
        }
        long version = ETags.orCurrent(ifMatch, () -> people.get(id).version(), PersonSummary.class, id);
        PersonSummary person = people.setActive(id, version, request.active());
        return ETags.ok(person, person.version());
    }

    @PostMapping("/custody/assignments")
    @Operation(summary = "Atribuir bens a um responsável (em lote)", description = "Bens e responsável da mesma "
            + "unidade; emite um termo de responsabilidade (e um de devolução para cada responsável anterior). "
            + "Responde 201 com os termos emitidos; Location aponta o termo de responsabilidade")
    ResponseEntity<List<TermSummary>> assign(@RequestBody AssignRequest request) {
        if (request.personId() == null) {
            throw new DomainException("validation.required", "personId");
        }
        List<TermSummary> issued = custody.assign(request.assetIds(), request.personId());
        TermSummary term = issued.get(issued.size() - 1);
        return ETags.created("/api/v1/terms/" + term.id(), issued, term.version());
    }

    @PostMapping("/custody/returns")
    @Operation(summary = "Devolver bens (em lote)", description = "Encerra a responsabilidade atual de cada bem e "
            + "emite um termo de devolução por responsável. Responde 201 com os termos emitidos")
    ResponseEntity<List<TermSummary>> giveBack(@RequestBody ReturnRequest request) {
        List<TermSummary> issued = custody.giveBack(request.assetIds());
        TermSummary first = issued.get(0);
        return ETags.created("/api/v1/terms/" + first.id(), issued, first.version());
    }

    @GetMapping("/terms")
    @Operation(summary = "Listar termos", description = "Das unidades visíveis ao usuário (e os do próprio usuário), "
            + "mais recentes primeiro; filtros personId, assetId, unitId e pending=true (aguardando aceite)")
    PageResponse<TermSummary> terms(@RequestParam(required = false) Long personId,
                                    @RequestParam(required = false) Long assetId,
                                    @RequestParam(required = false) Long unitId,
                                    @RequestParam(required = false) Boolean pending,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        ApiPage paging = ApiPage.of(page, size);
        TermFilter filter = new TermFilter(personId, assetId, unitId, pending);
        return paging.response(terms.find(filter, paging.offset(), paging.size()), terms.count(filter), null);
    }

    @GetMapping("/terms/{id}")
    @Operation(summary = "Um termo, com ETag", description = "Metadados do termo: número, tipo, responsável, "
            + "total, aceite e se está em vigor")
    ResponseEntity<TermSummary> term(@PathVariable long id) {
        TermSummary term = terms.get(id);
        return ETags.ok(term, term.version());
    }

    @GetMapping(value = "/terms/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "O termo em PDF", description = "Sempre o mesmo texto para o mesmo termo e idioma "
            + "(Accept-Language: en para inglês), com QR code de verificação",
            responses = @ApiResponse(responseCode = "200", description = "O PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        TermSummary term = terms.get(id);
        Locale locale = ProblemResponses.locale(request);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + term.number() + ".pdf\"")
                .body(terms.pdf(id, locale));
    }

    @PostMapping("/terms/{id}/acceptance")
    @Operation(summary = "Aceitar um termo de responsabilidade", description = "Só a pessoa nele nomeada, com conta "
            + "vinculada; registra data e usuário. If-Match opcional")
    ResponseEntity<TermSummary> accept(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch) {
        long version = ETags.orCurrent(ifMatch, () -> terms.get(id).version(), TermSummary.class, id);
        TermSummary term = terms.accept(id, version);
        return ETags.ok(term, term.version());
    }

    @PostMapping("/terms/{id}/signature")
    @Operation(summary = "Registrar a assinatura do termo em papel", description = "Por quem tem ASSET_EDIT na "
            + "unidade do termo; If-Match opcional")
    ResponseEntity<TermSummary> recordSigned(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch) {
        long version = ETags.orCurrent(ifMatch, () -> terms.get(id).version(), TermSummary.class, id);
        TermSummary term = terms.recordSigned(id, version);
        return ETags.ok(term, term.version());
    }
}
