package br.com.patritech.api;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other path under /api/v1 is a 404 problem, never the Vaadin UI's page; a known path asked with a method it
 * does not answer is a 405 with Allow (this catch-all would otherwise turn it into a 404).
 */
@RestController
@Hidden
class UnknownApiPathController {

    private final ProblemResponses problems;
    private final RequestMappingHandlerMapping mappings;

    UnknownApiPathController(ProblemResponses problems,
                             @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.problems = problems;
        this.mappings = mappings;
    }

    @RequestMapping("/api/v1/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        Set<String> allowed = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() != UnknownApiPathController.class && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null) {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        });
        if (allowed.isEmpty()) {
            return problems.problem(HttpStatus.NOT_FOUND, "not-found", problems.text(request, "api.not-found"), null);
        }
        ResponseEntity<ProblemDetail> problem = problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                problems.text(request, "api.method-not-allowed"), null);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.ALLOW, String.join(", ", allowed)).body(problem.getBody());
    }
}
