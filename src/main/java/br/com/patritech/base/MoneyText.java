package br.com.patritech.base;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount written the Brazilian way ({@code 4.899,90}) or the English way ({@code 4,899.90}) without
 * guessing: a lone separator followed by exactly three digits could be either, so it is refused.
 */
public final class MoneyText {

    /** Up to 13 integer digits, as the database column holds. */
    private static final int MAX_INTEGER_DIGITS = 13;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private MoneyText() {
    }

    /** The amount, or null for blank text. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("R$", "").replaceAll("[\\s\\u00a0]", "");
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("[0-9.,]+")) {
            throw new Unreadable("money.invalid");
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String integer;
        String decimals;
        if (lastDot >= 0 && lastComma >= 0) {
            int decimalAt = Math.max(lastDot, lastComma);
            integer = s.substring(0, decimalAt);
            decimals = s.substring(decimalAt + 1);
            char group = s.charAt(decimalAt) == ',' ? '.' : ',';
            if (integer.indexOf(s.charAt(decimalAt)) >= 0 || !GROUPED.matcher(integer).matches()
                    || integer.indexOf(group == '.' ? ',' : '.') >= 0) {
                throw new Unreadable("money.invalid");
            }
        } else if (lastDot >= 0 || lastComma >= 0) {
            char separator = lastDot >= 0 ? '.' : ',';
            int first = s.indexOf(separator);
            int last = s.lastIndexOf(separator);
            if (first != last) {
                if (!GROUPED.matcher(s).matches()) {
                    throw new Unreadable("money.invalid");
                }
                integer = s;
                decimals = "";
            } else {
                integer = s.substring(0, last);
                decimals = s.substring(last + 1);
                if (decimals.length() == 3) {
                    throw new Unreadable("money.ambiguous");
                }
            }
        } else {
            integer = s;
            decimals = "";
        }
        integer = integer.replace(".", "").replace(",", "");
        if (integer.isEmpty() || decimals.length() > 2 || !decimals.matches("\\d*")) {
            throw new Unreadable(decimals.length() > 2 ? "money.too-many-decimals" : "money.invalid");
        }
        if (integer.replaceFirst("^0+(?=\\d)", "").length() > MAX_INTEGER_DIGITS) {
            throw new Unreadable("money.too-large");
        }
        return new BigDecimal(integer + (decimals.isEmpty() ? "" : "." + decimals)).setScale(2);
    }

    /** The text is not an amount; the key names why, in the user's language. */
    public static final class Unreadable extends RuntimeException {

        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
