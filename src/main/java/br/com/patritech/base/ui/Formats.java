package br.com.patritech.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import br.com.patritech.base.Translations;

/** Money in R$ and dates as each language writes them: R$ 4.800,00 and 24/11/2026 in pt-BR. */
public final class Formats {

    private static final Currency BRL = Currency.getInstance("BRL");
    private static final DateTimeFormatter PT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter PT_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    public static String money(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(isPortuguese(locale) ? Translations.PT_BR : Locale.US);
        format.setCurrency(BRL);
        return format.format(value).replace('\u00a0', ' ');
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return isPortuguese(locale) ? PT_DATE.format(date)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(ZoneId.systemDefault()).toLocalDateTime();
        return isPortuguese(locale) ? PT_DATE_TIME.format(local)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US)
                        .format(local);
    }

    private static boolean isPortuguese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}
