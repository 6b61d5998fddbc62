package br.com.patritech.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import br.com.patritech.base.Translations;

/** Translations and formats in the reader's language (as the screens write them: R$ 4.800,00, 24/11/2026). */
record ReportText(Translations translations, Locale locale) {

    String get(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    boolean portuguese() {
        return !"en".equals(locale.getLanguage());
    }

    /** A cell as the PDF prints it: money in R$, dates as the language writes them, keys translated. */
    String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal money -> money(money);
            case LocalDate date -> DateTimeFormatter.ofPattern(portuguese() ? "dd/MM/yyyy" : "MMM d, yyyy", Locale.US)
                    .format(date);
            case TextKey key -> get(key.key());
            default -> value.toString();
        };
    }

    String money(BigDecimal value) {
        NumberFormat format = NumberFormat.getCurrencyInstance(portuguese() ? Translations.PT_BR : Locale.US);
        format.setCurrency(Currency.getInstance("BRL"));
        return format.format(value).replace('\u00a0', ' ');
    }

    String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(portuguese() ? "dd/MM/yyyy HH:mm" : "MMM d, yyyy h:mm a", Locale.US)
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}
