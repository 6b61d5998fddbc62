package br.com.patritech.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.audit.AuditEntry;
import br.com.patritech.audit.AuditFilter;
import br.com.patritech.audit.AuditTrail;

/**
 * /api/v1/audit: the audit trail for ADMIN and AUDITOR integrations (a SIEM, an archive), newest first, with the
 * screen's filters (docs/decisions/0016-audit-trail.md). No total: counting millions of entries would cost more than
 * the page; {@code hasNext} says whether another page follows.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Auditoria", description = "Trilha de auditoria: entradas, falhas, bloqueios, tokens e ações administrativas")
class AuditController {

    /** One page of entries, newest first. */
    record AuditPage(List<AuditEntry> content, int page, int size,
                     @Schema(description = "true quando há outra página depois desta") boolean hasNext) {
    }

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Listar a trilha de auditoria (ADMIN e AUDITOR)",
            description = "Mais recentes primeiro. who: início do login ou do nome de quem agiu; action: código (ex. "
                    + "USER_CREATED); from/to: dias (yyyy-MM-dd, inclusive); unitId: unidade; size de 1 a 200")
    AuditPage list(@RequestParam(required = false) String who, @RequestParam(required = false) String action,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Long unitId,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
        ApiPage paging = ApiPage.of(page, size);
        if (!trail.seesEverything()) {
            throw new AccessDeniedException("The audit API is for administrators and auditors");
        }
        List<AuditEntry> found = trail.find(new AuditFilter(who, action, from, to, unitId), paging.offset(),
                paging.size() + 1);
        boolean hasNext = found.size() > paging.size();
        return new AuditPage(hasNext ? found.subList(0, paging.size()) : found, page, paging.size(), hasNext);
    }
}
