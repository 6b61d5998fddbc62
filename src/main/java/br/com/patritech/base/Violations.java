package br.com.patritech.base;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a form, so a person sees all of them at once, then throws them together. */
public final class Violations {

    private final List<DomainException.Violation> found = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... args) {
        found.add(new DomainException.Violation(field, messageKey, args));
        return this;
    }

    public Violations require(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "validation.required");
        }
        return this;
    }

    public Violations maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            add(field, "validation.too-long", max);
        }
        return this;
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> field.equals(v.field()));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new DomainException(found);
        }
    }
}
