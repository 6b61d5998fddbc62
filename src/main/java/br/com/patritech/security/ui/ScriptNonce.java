package br.com.patritech.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import br.com.patritech.security.SecurityHeaders;

/**
 * The bootstrap page's Content-Security-Policy: a fresh nonce per answer, on the header and on every script element
 * of the page (listeners run after Vaadin has added its own), so that the browser runs those and refuses any other
 * inline script
 * (docs/decisions/0021-content-security-policy.md). Other answers keep the UI chain's static policy.
 */
@org.springframework.stereotype.Component
class ScriptNonce implements VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonce::sign);
    }

    static void sign(IndexHtmlResponse page) {
        String nonce = SecurityHeaders.newNonce();
        page.getVaadinResponse().setHeader(HEADER, SecurityHeaders.screenPolicy(nonce));
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
    }
}
