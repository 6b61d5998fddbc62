package br.com.patritech.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.base.RequestId;
import br.com.patritech.base.Translations;

/**
 * RFC 9457 problem responses with a stable {@code type}, a human {@code detail} in the caller's language
 * (Accept-Language: English if asked, else pt-BR) and, for bad input, the fields in error.
 */
@Component
class ProblemResponses {

    /** One field in error, named as in the request body or query. */
    record FieldError(String field, String message) {
    }

    private final Translations translations;
    private final JsonMapper json;
    /** The servlet's multipart limit for one file, in MB: what an upload over it is told. */
    private final long maxFileMegabytes;

    ProblemResponses(Translations translations, JsonMapper json,
                     @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
        this.translations = translations;
        this.json = json;
        this.maxFileMegabytes = Math.max(1, DataSize.parse(maxFileSize).toMegabytes());
    }

    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Translations.PT_BR;
    }

    String text(HttpServletRequest request, String key, Object... args) {
        return translations.getTranslation(key, locale(request), args);
    }

    /** An upload over the servlet's multipart limit: 413 naming the "file" part and the limit. */
    ResponseEntity<ProblemDetail> uploadTooLarge(HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", text(request, "api.upload-too-large"),
                List.of(new FieldError("file", text(request, "api.file-too-large", maxFileMegabytes))));
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:patritech:problem:" + type));
        problem.setTitle(status.getReasonPhrase());
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (RequestId.current() != null) {  // what a user quotes in an error report leads to the log lines
            problem.setProperty("requestId", RequestId.current());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", text(request, "api.unauthorized"), null));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "forbidden", text(request, "error.access-denied"), null));
    }

    void write(HttpServletResponse response, ResponseEntity<ProblemDetail> entity) throws IOException {
        response.setStatus(entity.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemDetail body = entity.getBody();
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("type", body.getType().toString());
        map.put("title", body.getTitle());
        map.put("status", body.getStatus());
        map.put("detail", body.getDetail());
        if (body.getProperties() != null) {
            map.putAll(body.getProperties());
        }
        json.writeValue(response.getOutputStream(), map);
    }
}
