package br.com.patritech.base;

/**
 * Something done that an administrator or auditor may later need to see (a user created, a password reset, an import
 * run). Any feature publishes it with Spring's {@code ApplicationEventPublisher} inside its transaction; the audit
 * trail stores it with the acting user, time and client address (decision 0016). Living in {@code base}, it lets
 * every feature be audited without depending on the audit package.
 *
 * @param action  a stable code, e.g. {@code USER_CREATED}; translated as {@code audit.action.<CODE>}
 * @param subject what it was done to, as a person reads it (a login, a unit code, a file name)
 * @param unitId  the unit it concerns, or {@code null} when it concerns no single unit (a GESTOR sees only entries
 *                about their units)
 * @param detail  what changed, in words (may be {@code null})
 */
public record AuditedAction(String action, String subject, Long unitId, String detail) {
}
