package br.com.patritech.users;

import java.util.Locale;

import br.com.patritech.base.Cpf;
import br.com.patritech.base.DomainException;
import br.com.patritech.security.Role;

/** Checks and normalizes what a form says about a person; each refusal names the field in error. */
final class UserValidation {

    private UserValidation() {
    }

    static String name(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("validation.required", "name");
        }
        return limited(typed, "name", 150);
    }

    /** The 11 digits of a CPF with valid check digits. */
    static String cpf(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("validation.required", "cpf");
        }
        return Cpf.parse(typed).orElseThrow(() -> new DomainException("user.cpf.invalid", "cpf"));
    }

    /**
     * The CPF of an account that may have none: the first administrator is created with an e-mail only, and
     * editing it must not demand a CPF it never had. Once an account has a CPF it cannot be removed.
     */
    static String cpfUnlessNeverHad(String typed, boolean hadNone) {
        return hadNone && (typed == null || typed.isBlank()) ? null : cpf(typed);
    }

    /** Lower-case e-mail, or null when none was typed. */
    static String email(String typed) {
        String email = typed == null || typed.isBlank() ? null : typed.trim().toLowerCase(Locale.ROOT);
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new DomainException("user.email.invalid", "email");
        }
        return email;
    }

    static String optional(String typed, String field, int maxLength) {
        return typed == null || typed.isBlank() ? null : limited(typed, field, maxLength);
    }

    static Role role(Role role) {
        if (role == null) {
            throw new DomainException("validation.required", "role");
        }
        return role;
    }

    private static String limited(String typed, String field, int maxLength) {
        String value = typed.trim();
        if (value.length() > maxLength) {
            throw new DomainException("validation.too-long", field, maxLength);
        }
        return value;
    }
}
