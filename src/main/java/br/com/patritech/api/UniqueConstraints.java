package br.com.patritech.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database's unique constraints (db/migration) and the request field each one protects. A creation that
 * loses a race past the service's own duplicate check hits one of these; the API names the field in a 409.
 */
final class UniqueConstraints {

    private static final Map<String, String> FIELDS = Map.of(
            "uk_units_code", "code",
            "uk_rooms_unit_name", "name",
            "uk_categories_name", "name",
            "uk_users_cpf", "cpf",
            "uk_users_email", "email",
            "uk_assets_tombo", "tombo",
            "uk_custody_people_cpf", "cpf",
            "uk_custody_people_user", "linkAccount",
            "uk_custody_assignments_open", "assetIds");

    private UniqueConstraints() {
    }

    /** The field whose unique constraint this failure (or one of its causes) broke, if any. */
    static Optional<String> fieldOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getConstraintName() != null ? c.getConstraintName() : t.getMessage();
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (var entry : FIELDS.entrySet()) {
                if (lower.contains(entry.getKey())) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
