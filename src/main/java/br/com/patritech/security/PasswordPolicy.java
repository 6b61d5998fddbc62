package br.com.patritech.security;

import java.util.Optional;

/** The one place that says what a acceptable password is; messages are translation keys. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /** The translation key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("password.too-simple");
        }
        return Optional.empty();
    }
}
