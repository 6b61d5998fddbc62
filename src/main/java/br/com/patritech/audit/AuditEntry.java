package br.com.patritech.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as the screen and the export show it.
 *
 * @param actorLogin the login of who acted (for a sign-in attempt, the login tried)
 * @param actorName  their name, or {@code null} when nobody was signed in
 * @param unitCode   the code of the unit the entry is about, if any and if it still exists
 */
public record AuditEntry(long id, Instant occurredAt, String action, String actorLogin, String actorName,
                         String subject, Long unitId, String unitCode, String detail, String clientAddress) {

    /** Who, as a person reads it: "Name (login)", or the login alone. */
    public String actor() {
        if (actorName == null) {
            return actorLogin == null ? "" : actorLogin;
        }
        return actorLogin == null ? actorName : actorName + " (" + actorLogin + ")";
    }
}
