package br.com.patritech.twofactor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Turns a "password ok, code pending" session into a signed-in one, then reloads the app as that user. */
final class SignInCompletion {

    private SignInCompletion() {
    }

    static void enter(Authentication signedIn) {
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(signedIn);
        // The session keeps the context between requests; written explicitly, as nothing saves it automatically.
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        VaadinRequest request = VaadinRequest.getCurrent();
        String contextPath = request == null ? "" : request.getContextPath();
        UI.getCurrent().getPage().setLocation(contextPath + "/");
    }

    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
