package br.com.patritech.security.ui;

import java.net.URI;
import java.util.Optional;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from the login form inside the running page, without the page load of a form POST
 * (docs/decisions/0022-sign-in-without-a-page-load.md). It does what Spring Security's form login does, with the
 * same pieces: the one password check with its lockout and audit ({@code users.PasswordAuthenticationProvider},
 * which the API shares), a new session id and CSRF token, the security context kept in the session, and then the
 * address the person first asked for.
 */
@Component
class BrowserSignIn {

    enum Result { SIGNED_IN, WRONG, LOCKED }

    private final AuthenticationProvider passwords;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache savedRequests = new HttpSessionRequestCache();
    private final SessionAuthenticationStrategy newSessionId = new ChangeSessionIdAuthenticationStrategy();
    private final SessionAuthenticationStrategy newCsrfToken =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    BrowserSignIn(AuthenticationProvider passwords) {
        this.passwords = passwords;
    }

    /** Checks the login and password of the current UI request and, when right, signs its session in. */
    Result signIn(String login, String password) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        attempt.setDetails(new WebAuthenticationDetails(request)); // the client address, for its failure count
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (LockedException e) {
            return Result.LOCKED;
        } catch (AuthenticationException e) {
            return Result.WRONG;
        }
        newSessionId.onAuthentication(signedIn, request, response);
        newCsrfToken.onAuthentication(signedIn, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return Result.SIGNED_IN;
    }

    /**
     * Where to go after signing in, as a route location: the screen Vaadin sent to the login, else the address the
     * browser asked for before it, else the dashboard (""). Either is forgotten once read.
     */
    String destination() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (stored != null) {
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        }
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        if (stored instanceof String location && !location.isBlank()) {
            return withinApp(location);
        }
        return Optional.ofNullable(saved).map(s -> routeOf(s.getRedirectUrl(), request.getContextPath())).orElse("");
    }

    /** The path and query of a saved absolute address, relative to the application; "" for anything else. */
    static String routeOf(String url, String contextPath) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "";
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.startsWith(contextPath + "/")) {
            return "";
        }
        String query = uri.getRawQuery() == null ? "" : stripContinue(uri.getRawQuery());
        return withinApp(path.substring(contextPath.length()) + (query.isEmpty() ? "" : "?" + query));
    }

    /** Spring's request cache marks the address it saved with "continue"; the screen has no use for it. */
    private static String stripContinue(String query) {
        return String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(part -> !part.equals("continue") && !part.startsWith("continue=")).toList());
    }

    /** A location inside this application only (no scheme, no "//host"): never a way out to another site. */
    private static String withinApp(String location) {
        String relative = location.startsWith("/") ? location.substring(1) : location;
        String route = relative.split("[?#]", 2)[0];
        if (relative.startsWith("/") || relative.startsWith("\\") || relative.contains("://") || route.equals("login")) {
            return "";
        }
        return relative;
    }
}
