package br.com.patritech.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;

/** Maps what the services refuse to HTTP problems; no stack trace ever reaches an integrator. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ProblemResponses problems;

    ApiErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Broken rules: 400 with every field, or 409 when the value clashes with existing data (duplicates). */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        List<ProblemResponses.FieldError> errors = e.getViolations().stream().filter(v -> v.field() != null)
                .map(v -> new ProblemResponses.FieldError(v.field(), problems.text(request, v.messageKey(), v.args())))
                .toList();
        boolean conflict = e.getViolations().stream().anyMatch(v -> v.messageKey().endsWith(".duplicate")
                || v.messageKey().endsWith(".in-use"));
        String detail = problems.text(request, e.getMessageKey(), e.getArgs());
        return conflict ? problems.problem(HttpStatus.CONFLICT, "conflict", detail, errors)
                : problems.problem(HttpStatus.BAD_REQUEST, "validation", detail, errors);
    }

    /** attachments: a file too large (413) or not a photo or PDF, or not what its name says (415). */
    @ExceptionHandler(br.com.patritech.attachments.AttachmentRefusedException.class)
    ResponseEntity<ProblemDetail> fileRefused(br.com.patritech.attachments.AttachmentRefusedException e,
                                              HttpServletRequest request) {
        boolean tooLarge = e.reason() == br.com.patritech.attachments.AttachmentRefusedException.Reason.TOO_LARGE;
        String detail = problems.text(request, e.getMessageKey(), e.getArgs());
        return problems.problem(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                tooLarge ? "file-too-large" : "unsupported-file-type", detail,
                List.of(new ProblemResponses.FieldError("file", detail)));
    }

    /**
     * An upload over the servlet's multipart limit, when a controller reads the parts itself. Usually the limit is met
     * while the DispatcherServlet parses the request, before any controller: then the error dispatch answers the same
     * (ApiErrorsOutsideMvc).
     */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(Exception e, HttpServletRequest request) {
        return problems.uploadTooLarge(request);
    }

    /** attachments: an upload that is not multipart/form-data. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(Exception e, HttpServletRequest request) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                problems.text(request, "api.multipart-required"), null);
    }

    /** attachments: a multipart upload without its file part. */
    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e,
                                              HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, "validation", problems.text(request, "validation.required"),
                List.of(new ProblemResponses.FieldError(e.getRequestPartName(),
                        problems.text(request, "validation.required"))));
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", problems.text(request, "api.not-found"), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden", problems.text(request, "error.access-denied"), null);
    }

    /**
     * A stale If-Match (or version) on a change: someone else changed the resource first. The loser of two
     * simultaneous changes finds out only when its UPDATE matches no row at flush, as a JPA or Hibernate exception.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class,
            StaleStateException.class})
    ResponseEntity<ProblemDetail> stale(Exception e, HttpServletRequest request) {
        return problems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                problems.text(request, "api.stale-version"), null);
    }

    /** A simultaneous change held the row (PostgreSQL serialization or lock failure): the caller may retry. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "concurrent-change", problems.text(request, "api.concurrent-change"),
                null);
    }

    /**
     * A creation that raced another past the service's duplicate check and hit a unique constraint: 409 naming
     * the field, like the service's own check would have.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConstraintViolationException.class})
    ResponseEntity<ProblemDetail> integrity(Exception e, HttpServletRequest request) {
        var field = UniqueConstraints.fieldOf(e);
        if (field.isEmpty()) {
            log.warn("Integrity violation on {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        String detail = problems.text(request, "api.duplicate");
        return problems.problem(HttpStatus.CONFLICT, "conflict", detail,
                field.map(f -> List.of(new ProblemResponses.FieldError(f, detail))).orElse(null));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                problems.text(request, "api.if-match-required"), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return badBody(e.getCause() instanceof JacksonException j ? j : null, request);
    }

    /** A value of the wrong type in a merge patch. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> badPatch(JacksonException e, HttpServletRequest request) {
        return badBody(e, request);
    }

    private ResponseEntity<ProblemDetail> badBody(JacksonException cause, HttpServletRequest request) {
        String field = cause != null && !cause.getPath().isEmpty()
                ? cause.getPath().get(cause.getPath().size() - 1).getPropertyName() : null;
        List<ProblemResponses.FieldError> errors = field == null ? List.of()
                : List.of(new ProblemResponses.FieldError(field, problems.text(request, "api.invalid-value")));
        return problems.problem(HttpStatus.BAD_REQUEST, "malformed-request",
                problems.text(request, "api.malformed"), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, "validation", problems.text(request, "api.invalid-value"),
                List.of(new ProblemResponses.FieldError(e.getName(), problems.text(request, "api.invalid-value"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, "validation", problems.text(request, "validation.required"),
                List.of(new ProblemResponses.FieldError(e.getParameterName(),
                        problems.text(request, "validation.required"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                problems.text(request, "api.method-not-allowed"), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                problems.text(request, "api.malformed"), null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", problems.text(request, "api.not-acceptable"),
                null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected API error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", problems.text(request, "error.unexpected"),
                null);
    }
}
