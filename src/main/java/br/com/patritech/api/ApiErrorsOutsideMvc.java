package br.com.patritech.api;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import br.com.patritech.base.Translations;

/**
 * Errors that never reach a controller still answer problem+json under /api: Tomcat's parse errors (the valve),
 * requests the security firewall rejects (400, not an exception), the container's /error dispatch for an /api
 * path, and (before Spring MVC) a Content-Type it cannot use or a NUL in a query parameter.
 */
@Configuration
class ApiErrorsOutsideMvc {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve(Translations translations,
                                                                                      JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ProblemErrorReportValve(translations, json));
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    /** The container forwards to /error after sendError or an exception outside MVC: answer for the API here. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiErrorDispatch(ProblemResponses problems) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                if (!(path instanceof String p && p.startsWith("/api/")) || response.isCommitted()) {
                    chain.doFilter(request, response);
                    return;
                }
                Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
                HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
                        : HttpStatus.INTERNAL_SERVER_ERROR;
                if (status == HttpStatus.CONTENT_TOO_LARGE) { // over the multipart limit, met before any controller
                    problems.write(response, problems.uploadTooLarge(request));
                    return;
                }
                String key = status == HttpStatus.BAD_REQUEST ? "api.unreadable-request"
                        : status.is5xxServerError() ? "error.unexpected" : "api.request-refused";
                problems.write(response, problems.problem(status, status == HttpStatus.BAD_REQUEST ? "malformed-request"
                        : "http-" + status.value(), problems.text(request, key, status.value()), null));
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.ERROR));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Refused before Spring MVC: a Content-Type that cannot be parsed or is a wildcard (MVC throws a bare
     * IllegalArgumentException for it), and NUL characters in query parameters (PostgreSQL fails on them).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiRequestGuard(ProblemResponses problems) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith("/api/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentType() != null && !concrete(request.getContentType())) {
                    problems.write(response, problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type", problems.text(request, "api.unsupported-media-type"), null));
                    return;
                }
                String withNul = parameterWithNul(request);
                if (withNul != null) {
                    String message = problems.text(request, "api.invalid-value");
                    problems.write(response, problems.problem(HttpStatus.BAD_REQUEST, "validation", message,
                            List.of(new ProblemResponses.FieldError(withNul, message))));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static String parameterWithNul(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return null;
        }
        for (var entry : request.getParameterMap().entrySet()) {
            for (String value : entry.getValue()) {
                if (value.indexOf('\0') >= 0 || entry.getKey().indexOf('\0') >= 0) {
                    return entry.getKey().replace('\0', '?');
                }
            }
        }
        return null;
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
