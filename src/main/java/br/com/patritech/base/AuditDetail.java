package br.com.patritech.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code detail} of an {@link AuditedAction} that changed fields: {@code name: Old → New; active: true → false},
 * only the fields that changed, so the audit trail says exactly what was done (decision 0016).
 */
public final class AuditDetail {

    private final List<String> changes = new ArrayList<>();

    private AuditDetail() {
    }

    public static AuditDetail of() {
        return new AuditDetail();
    }

    /** Adds the field when its value changed; {@code —} stands for no value. */
    public AuditDetail add(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
        return this;
    }

    /** The changes joined by "; ", or {@code null} when nothing changed. */
    public String text() {
        return changes.isEmpty() ? null : String.join("; ", changes);
    }
}
