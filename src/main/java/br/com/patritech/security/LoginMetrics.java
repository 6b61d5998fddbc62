package br.com.patritech.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sign-in outcomes for Prometheus: {@code patritech_login_attempts_total{result="success|failure|locked"}}
 * ("locked": refused without checking the password) and {@code patritech_login_lockouts_total} (a failure that left
 * the account or address locked). Registered at start, so the series exist before the first sign-in.
 */
final class LoginMetrics {

    private final Counter success;
    private final Counter failure;
    private final Counter locked;
    private final Counter lockouts;

    LoginMetrics(MeterRegistry registry) {
        success = attempts(registry, "success");
        failure = attempts(registry, "failure");
        locked = attempts(registry, "locked");
        lockouts = Counter.builder("patritech.login.lockouts")
                .description("Failed sign-ins that left an account or address locked").register(registry);
    }

    private static Counter attempts(MeterRegistry registry, String result) {
        return Counter.builder("patritech.login.attempts").tag("result", result)
                .description("Sign-in attempts (login screen and API tokens) by result").register(registry);
    }

    void success() {
        success.increment();
    }

    void failure(boolean nowLocked) {
        failure.increment();
        if (nowLocked) {
            lockouts.increment();
        }
    }

    void refusedWhileLocked() {
        locked.increment();
    }
}
