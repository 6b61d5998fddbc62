package br.com.patritech.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locks a login for 15 minutes after 5 wrong passwords in a row; shared by the login screen and the API. */
@Service
public class LoginAttemptService {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final LoginAttemptRepository attempts;
    private final Clock clock;

    LoginAttemptService(LoginAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String login) {
        return attempts.findById(login).map(a -> a.isLockedAt(clock.instant())).orElse(false);
    }

    /** Records a wrong password and answers whether the login is now locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String login) {
        LoginAttempt attempt = attempts.findById(login).orElseGet(() -> new LoginAttempt(login));
        attempt.recordFailure(clock.instant(), MAX_FAILURES, LOCK_DURATION);
        attempts.save(attempt);
        return attempt.isLockedAt(clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String login) {
        attempts.deleteById(login);
    }
}
