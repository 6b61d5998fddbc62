package br.com.patritech.base;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** pt-BR first, English second; texts live in {@code vaadin-i18n/translations*.properties}. */
@Component
public class Translations implements I18NProvider {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    public static final Locale DEFAULT = PT_BR;
    public static final List<Locale> LOCALES = List.of(PT_BR, Locale.ENGLISH);
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new java.text.MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for {}", key, locale);
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one (English for any English, else pt-BR). */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : PT_BR;
    }

    private static ResourceBundle bundle(Locale locale) {
        // The base file is pt-BR; the control stops Java falling back to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, supported(locale) == Locale.ENGLISH ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
