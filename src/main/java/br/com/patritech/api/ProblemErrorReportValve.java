package br.com.patritech.api;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.base.Translations;

/**
 * Tomcat's own error pages (a request line, URL or header it cannot parse, before any servlet runs) as problem+json
 * for the API, instead of Tomcat's HTML. Requests whose path is unknown are treated as API requests too: no
 * browser sends them. Everything else keeps Tomcat's page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final Translations translations;
    private final JsonMapper json;

    ProblemErrorReportValve(Translations translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String path = request.getRequestURI();
        boolean api = path == null || path.isEmpty() || path.startsWith("/api/") || !path.startsWith("/");
        if (!api) {
            super.report(request, response, throwable);
            return;
        }
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:patritech:problem:" + (status == 400 ? "malformed-request" : "http-" + status));
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", translations.getTranslation(status == 400 ? "api.unreadable-request" : "api.request-refused",
                ProblemResponses.locale(request), status));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed meanwhile: nothing more can be said.
        }
    }
}
