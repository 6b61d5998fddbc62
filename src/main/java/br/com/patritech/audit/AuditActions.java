package br.com.patritech.audit;

import java.util.List;
import java.util.Locale;

import br.com.patritech.base.Translations;

/**
 * The action codes published today, for the screen's "what" filter; any other code a feature publishes is stored and
 * shown all the same (the filter accepts a typed code, and a code without translation is shown as it is).
 */
public final class AuditActions {

    public static final List<String> KNOWN = List.of("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_LOCKED", "API_TOKEN_ISSUED",
            "API_TOKEN_CHAIN_REVOKED", "USER_CREATED", "USER_CHANGED", "USER_ACCESS_CHANGED", "USER_DEACTIVATED",
            "USER_REACTIVATED", "USER_PASSWORD_RESET", "UNIT_CREATED", "UNIT_CHANGED", "UNIT_DELETED", "ROOM_CREATED",
            "ROOM_CHANGED", "ROOM_DELETED", "CATEGORY_CREATED", "CATEGORY_CHANGED", "CATEGORY_DELETED",
            "WRITE_OFF_REVERTED", "EXPORT_RUN", "IMPORT_RUN", "REPORT_GENERATED", "AUDIT_EXPORTED",
            "DEPRECIATION_FISCAL_SCHEDULE_CHANGED", "DEPRECIATION_FISCAL_RATE_CHANGED");

    private AuditActions() {
    }

    /** {@code audit.action.<CODE>} in the language, or the code itself when it has no translation. */
    public static String label(String code, Translations translations, Locale locale) {
        String text = translations.getTranslation("audit.action." + code, locale);
        return text.startsWith("!") ? code : text;
    }
}
