package br.com.patritech.security;

import java.security.SecureRandom;
import java.util.Base64;

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
     * Every UI-chain answer but the bootstrap page (UIDL, static files, images, errors): no document among them runs
     * a script, so none is allowed inline or built from text. The bootstrap page gets {@link #screenPolicy(String)}.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final SecureRandom NONCES = new SecureRandom();

    /** A fresh nonce for one answer: 128 random bits, base64. */
    public static String newNonce() {
        byte[] bytes = new byte[16];
        NONCES.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The bootstrap page's policy (security.ui.ScriptNonce sets it with a fresh nonce per answer and puts the same
     * nonce on the page's script elements). Measured with Vaadin 25.2 in production mode, in Chromium
     * (docs/decisions/0021-content-security-policy.md):
     * <ul>
     * <li>scripts: only this origin's files and the inline scripts that carry the nonce; no 'unsafe-inline'.
     * 'unsafe-eval' stays: Flow's client builds functions from what the server sends (without it the login form
     * never appears). No 'strict-dynamic': with it Chromium runs an inline script created by another script
     * without the nonce;</li>
     * <li>styles: 'unsafe-inline' stays: Vaadin's components create style elements and style attributes without a
     * nonce (hundreds of refusals on the first screen without it).</li>
     * </ul>
     */
    public static String screenPolicy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

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
