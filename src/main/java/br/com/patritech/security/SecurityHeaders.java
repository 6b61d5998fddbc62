package br.com.patritech.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser-hardening headers the application sends itself (nginx sends the same, but a bare instance must be
 * safe too): no framing, no MIME sniffing, no referrer to other sites, no powerful features but the camera (for
 * scanning labels later), and a Content-Security-Policy per chain.
 */
public final class SecurityHeaders {

    /**
     * What Vaadin Flow needs: its bootstrap page starts the client engine with an inline script and the engine
     * builds functions from what the server sends ('unsafe-eval'); Lumo styles are inline. Everything else comes
     * from this origin only.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON answers load nothing and are never framed. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Swagger UI: its own scripts and styles, the OpenAPI document and "Try it out" on this origin. */
    public static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    /** Everything but the Content-Security-Policy, which each chain sets for what it serves. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> common() {
        return headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
