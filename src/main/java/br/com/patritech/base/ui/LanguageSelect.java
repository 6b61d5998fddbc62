package br.com.patritech.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import br.com.patritech.base.Translations;

/** Português / English switch. The choice lasts for the session and in a cookie, and redraws the view. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setAriaLabel(getTranslation("layout.language"));
        setId("language-select");
        setWidth("9rem");
        setValue(Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                LocalePreference.apply(event.getValue());
            }
        });
    }
}
