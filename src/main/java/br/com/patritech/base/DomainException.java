package br.com.patritech.base;

import java.util.List;

/**
 * Rules a person can fix: each violation carries a translation key and the field in error (or null), so the
 * UI shows the sentence next to the field and the API names the field in its problem response.
 */
public class DomainException extends RuntimeException {

    /** One broken rule; {@code field} is named as in the records the services take. */
    public record Violation(String field, String messageKey, Object... args) {
    }

    private final transient List<Violation> violations;

    public DomainException(String messageKey, String field, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public DomainException(List<Violation> violations) {
        super(violations.stream().map(v -> v.messageKey() + (v.field() == null ? "" : " (" + v.field() + ")"))
                .reduce((a, b) -> a + ", " + b).orElse("invalid"));
        this.violations = List.copyOf(violations);
    }

    public static DomainException of(String messageKey) {
        return new DomainException(messageKey, null);
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /** The first violation's key. */
    public String getMessageKey() {
        return violations.get(0).messageKey();
    }

    /** The first violation's field, or null. */
    public String getField() {
        return violations.get(0).field();
    }

    public Object[] getArgs() {
        return violations.get(0).args().clone();
    }
}
