package br.com.patritech.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import br.com.patritech.base.Translations;

/**
 * pt-BR unless the person chose English: the choice is kept in the session and a cookie, not taken from the
 * browser, so a shared office computer with an English browser still opens in Portuguese.
 */
@Component
class LocalePreference implements VaadinServiceInitListener {

    static final String COOKIE = "patritech-lang";

    @Override
    public void serviceInit(com.vaadin.flow.server.ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(initialLocale()));
    }

    private static Locale initialLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(COOKIE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        var request = VaadinService.getCurrentRequest();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servletRequest
                && servletRequest.getCookies() != null) {
            for (Cookie cookie : servletRequest.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Translations.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return Translations.DEFAULT;
    }

    static void apply(Locale locale) {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().setAttribute(COOKIE, locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.setLocale(locale);
        // Rebuild the view and its layout so every text is read again in the new language.
        ui.refreshCurrentRoute(true);
    }
}
