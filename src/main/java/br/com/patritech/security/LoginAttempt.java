package br.com.patritech.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins per typed login name, whether or not such an account exists, so a lockout message never
 * tells an attacker which logins are real.
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

    protected LoginAttempt() {
    }

    LoginAttempt(String login) {
        this.login = login;
    }

    int getFailures() {
        return failures;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void recordFailure(Instant now, int threshold, java.time.Duration lockDuration) {
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
