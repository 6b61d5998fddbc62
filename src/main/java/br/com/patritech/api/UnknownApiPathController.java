package br.com.patritech.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api/v1 is a 404 problem, never the Vaadin UI's page. */
@RestController
@Hidden
class UnknownApiPathController {

    private final ProblemResponses problems;

    UnknownApiPathController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/api/v1/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", problems.text(request, "api.not-found"), null);
    }
}
