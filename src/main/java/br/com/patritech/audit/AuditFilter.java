package br.com.patritech.audit;

import java.time.LocalDate;

/**
 * What the audit screen filters by; every field is optional.
 *
 * @param who    the start of the actor's login or name, any case
 * @param action an action code, e.g. {@code USER_CREATED}
 * @param from   first day of the period (inclusive, in the server's time zone)
 * @param to     last day of the period (inclusive)
 * @param unitId the unit the entries are about
 */
public record AuditFilter(String who, String action, LocalDate from, LocalDate to, Long unitId) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withWho(String value) {
        return new AuditFilter(value, action, from, to, unitId);
    }

    public AuditFilter withAction(String value) {
        return new AuditFilter(who, value, from, to, unitId);
    }

    public AuditFilter withPeriod(LocalDate first, LocalDate last) {
        return new AuditFilter(who, action, first, last, unitId);
    }

    public AuditFilter withUnit(Long value) {
        return new AuditFilter(who, action, from, to, value);
    }
}
