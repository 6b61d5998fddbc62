package br.com.patritech.users;

import java.util.Locale;

/** What people type in the login box: a CPF with or without punctuation, or an e-mail in any case. */
final class LoginName {

    private LoginName() {
    }

    static String normalize(String typed) {
        String trimmed = typed == null ? "" : typed.trim();
        if (trimmed.matches("[0-9.\\-\\s]+")) {
            return trimmed.replaceAll("\\D", "");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    static boolean isCpf(String normalized) {
        return normalized.matches("\\d{11}");
    }
}
