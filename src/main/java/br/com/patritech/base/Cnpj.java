package br.com.patritech.base;

import java.util.Optional;

/** Brazilian company taxpayer number: stored as 14 digits, shown as 00.000.000/0000-00. */
public final class Cnpj {

    private static final int[] FIRST = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private Cnpj() {
    }

    /** The 14 digits of a CNPJ typed with or without punctuation, if its check digits are right. */
    public static Optional<String> parse(String input) {
        if (input == null || !input.trim().matches("[0-9./\\-\\s]+")) {
            return Optional.empty();
        }
        String digits = input.replaceAll("\\D", "");
        return isValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{14}") || digits.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(digits, FIRST) == digits.charAt(12) - '0'
                && checkDigit(digits, SECOND) == digits.charAt(13) - '0';
    }

    public static String format(String digits) {
        if (digits == null || digits.length() != 14) {
            return digits;
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "/"
                + digits.substring(8, 12) + "-" + digits.substring(12);
    }

    /** Completes 12 base digits with their two check digits; used by demo data and tests. */
    public static String withCheckDigits(String twelveDigits) {
        String thirteen = twelveDigits + checkDigit(twelveDigits + "00", FIRST);
        return thirteen + checkDigit(thirteen + "0", SECOND);
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
