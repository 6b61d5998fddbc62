/**
 * The audit trail: an append-only record of sign-ins, API tokens, lockouts and administrative actions, with who did
 * it, when and from which client address, and the screen (ui/) where administrators and auditors (and a GESTOR, for
 * their units) read and export it. Features publish {@link br.com.patritech.base.AuditedAction}; this package stores
 * it, so nobody depends on it. Depends on base and security only; see docs/decisions/0016-audit-trail.md.
 */
package br.com.patritech.audit;
