package br.com.patritech.api;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Versions as strong ETags ("3") and the If-Match check that guards every PUT and PATCH. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version the caller last saw; a change without If-Match is refused (428). */
    static long required(String ifMatch, Class<?> type, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return optional(ifMatch, -1, type, id);
    }

    /** For actions: If-Match when given, else the current version. */
    static long optional(String ifMatch, long current, Class<?> type, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return current;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
