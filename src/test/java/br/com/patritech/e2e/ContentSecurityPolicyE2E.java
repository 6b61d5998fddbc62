package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The screens' Content-Security-Policy really restricts scripts: an inline script without the page's nonce, and an
 * inline event handler, do not run and the browser says it refused them; the same script with the nonce runs
 * (so the probe itself works). A policy with 'unsafe-inline' and no nonce fails here.
 */
class ContentSecurityPolicyE2E extends BrowserJourney {

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void anInjectedInlineScriptDoesNotRunButThePagesOwnDo() throws InterruptedException {
        open("/login");
        await(By.cssSelector("vaadin-login-form input[name='username']"));
        // The page's own scripts ran (Vaadin drew the form) and each carries the nonce.
        @SuppressWarnings("unchecked")
        List<String> nonces = (List<String>) js("return [...document.querySelectorAll('script')].map(s => s.nonce)");
        assertThat(nonces).isNotEmpty().allSatisfy(nonce -> assertThat(nonce).hasSizeGreaterThanOrEqualTo(16))
                .containsOnly(nonces.get(0));

        js("const s = document.createElement('script'); s.textContent = 'window.injectedRan = true';"
                + "document.head.appendChild(s);"
                + "document.body.insertAdjacentHTML('beforeend', '<img id=\"probe\" src=\"data:,\" onerror=\"window.handlerRan = true\">');");
        js("const s = document.createElement('script'); s.nonce = document.querySelector('script').nonce;"
                + "s.textContent = 'window.signedRan = true'; document.head.appendChild(s);");
        wait.until(d -> Boolean.TRUE.equals(js("return window.signedRan === true")));
        Thread.sleep(500); // the image's error event, had its handler been allowed
        assertThat(js("return window.injectedRan === true")).as("inline script without the nonce ran").isEqualTo(false);
        assertThat(js("return window.handlerRan === true")).as("inline event handler ran").isEqualTo(false);

        List<String> refused = policyViolations();
        assertThat(refused).as("what the browser refused")
                .anySatisfy(m -> assertThat(m).startsWith("event: script-src-elem refused inline on /login"))
                .anySatisfy(m -> assertThat(m).startsWith("event: script-src-attr refused inline on /login"))
                .anySatisfy(m -> assertThat(m).startsWith("console: ").contains("inline script"))
                .anySatisfy(m -> assertThat(m).startsWith("console: ").contains("inline event handler"))
                .hasSize(4);
    }
}
