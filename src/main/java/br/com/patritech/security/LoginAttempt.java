package br.com.patritech.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins of one subject: an account (or a typed login that is no account, counted alike so a lockout never
 * tells which logins are real) or a client address. The key is a hash, never what was typed.
 */
@Entity
@Table(name = "login_attempts")
class LoginAttempt {

    @Id
    private String login;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    protected LoginAttempt() {
    }

    /**
     * Counts one failure; at {@code threshold} the subject is locked for {@code lockDuration} and counting starts
     * again. With a {@code window}, failures older than it are forgotten; without one, only a success resets.
     */
    void recordFailure(Instant now, int threshold, Duration lockDuration, Duration window) {
        if (window != null && windowStartedAt != null && !windowStartedAt.plus(window).isAfter(now)) {
            failures = 0;
        }
        if (failures == 0) {
            windowStartedAt = now;
        }
        failures++;
        if (failures >= threshold) {
            lockedUntil = now.plus(lockDuration);
            failures = 0;
        }
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
