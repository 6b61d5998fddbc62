package br.com.patritech.base.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import br.com.patritech.base.MoneyText;
import br.com.patritech.base.Translations;

/**
 * An amount in R$, typed as people write it: {@code 4.899,90}, {@code 4899.90}, {@code 4899,9} or
 * {@code R$ 4.899,90}. What is ambiguous ({@code 4.899}: thousands or decimals?) or malformed is refused with
 * a message and left as typed; an accepted amount is shown again with thousands separators. Every form that
 * takes money uses this field, so no form can read {@code 4899.90} as 489.990,00.
 */
public class MoneyField extends TextField {

    private String inputError;

    public MoneyField() {
        setPrefixComponent(new Span("R$"));
        getElement().setAttribute("inputmode", "decimal");
        addValueChangeListener(e -> reformat());
    }

    /** Converts between the text and the amount, for a Binder; unreadable text reads as no amount. */
    public Converter<String, BigDecimal> converter() {
        return Converter.from(text -> Result.ok(amount()), this::format);
    }

    /** The amount typed, or null when the field is empty or its text was refused. */
    public BigDecimal amount() {
        try {
            return MoneyText.parse(getValue());
        } catch (MoneyText.Unreadable e) {
            return null;
        }
    }

    public void setAmount(BigDecimal amount) {
        setValue(format(amount));
    }

    /** Shows again why the text was refused (a form clears errors on save); true when the text is readable. */
    public boolean checkInput() {
        reformat();
        return inputError == null;
    }

    private void reformat() {
        try {
            BigDecimal amount = MoneyText.parse(getValue());
            inputError = null;
            setInvalid(false);
            setErrorMessage(null);
            String formatted = format(amount);
            if (!formatted.equals(getValue())) {
                setValue(formatted);
            }
        } catch (MoneyText.Unreadable e) {
            inputError = getTranslation(e.messageKey());
            setErrorMessage(inputError);
            setInvalid(true);
        }
    }

    private String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = getLocale() != null && "en".equals(getLocale().getLanguage()) ? Locale.US : Translations.PT_BR;
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(amount);
    }
}
