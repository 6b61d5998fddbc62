package br.com.patritech.operations;

import java.io.IOException;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import br.com.patritech.base.RequestId;

/**
 * Gives every request an id before anything else runs: the X-Request-Id of a trusted proxy (nginx's
 * {@code $request_id}) when it looks like one, else a fresh one. A client's own header counts only through a
 * trusted proxy, so nobody can write arbitrary text into the logs. Runs again on the error dispatch with the same id.
 */
@Configuration
class RequestIdFilter implements Filter {

    static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    /** Set by Tomcat's RemoteIpValve when the connection came from a trusted proxy (PATRITECH_TRUSTED_PROXIES). */
    static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    private final RecentErrors recentErrors;

    RequestIdFilter(RecentErrors recentErrors) {
        this.recentErrors = recentErrors;
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilterRegistration() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(this);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        recentErrors.ensureAttached();
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : idFor(request);
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(RequestId.HEADER, id);
        }
        String outer = MDC.get(RequestId.MDC_KEY);
        MDC.put(RequestId.MDC_KEY, id);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
        String route = Routes.of(request.getMethod(), path);
        MDC.put(RecentErrors.ROUTE_KEY, route);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            // One line per request on demand (logging.level...RequestIdFilter=debug); the route carries no ids.
            log.debug("{} -> {} in {} ms", route, response.getStatus(), (System.nanoTime() - started) / 1_000_000);
            if (outer == null) {
                MDC.remove(RequestId.MDC_KEY);
                MDC.remove(RecentErrors.ROUTE_KEY);
            } else {
                MDC.put(RequestId.MDC_KEY, outer);
            }
        }
    }

    static String idFor(HttpServletRequest request) {
        String offered = request.getHeader(RequestId.HEADER);
        boolean trusted = Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY));
        if (trusted && offered != null && SANE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString().replace("-", "");
    }
}
