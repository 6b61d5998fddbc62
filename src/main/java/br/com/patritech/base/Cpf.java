package br.com.patritech.base;

import java.util.Optional;

/** Brazilian individual taxpayer number: stored as 11 digits, shown as 000.000.000-00. */
public final class Cpf {

    private Cpf() {
    }

    /** The 11 digits of a CPF typed with or without punctuation, if its check digits are right. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String trimmed = input.trim();
        if (!trimmed.matches("[0-9.\\-\\s]+")) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("\\D", "");
        return isValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}") || digits.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(digits, 9) == digits.charAt(9) - '0' && checkDigit(digits, 10) == digits.charAt(10) - '0';
    }

    public static String format(String digits) {
        if (digits == null || digits.length() != 11) {
            return digits;
        }
        return digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
                + digits.substring(9);
    }

    /** Completes 9 base digits with their two check digits; used by demo data and tests. */
    public static String withCheckDigits(String nineDigits) {
        String ten = nineDigits + checkDigit(nineDigits + "00", 9);
        return ten + checkDigit(ten + "0", 10);
    }

    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }
}
