package br.com.patritech.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditedAction;

/**
 * Locks an account for 15 minutes after 5 wrong passwords in a row, whichever of its logins (CPF or e-mail) was
 * typed, and a client address after many failures within 15 minutes, whatever logins it tried; shared by the
 * login screen and the API. Logins that are no account are counted like accounts, so a lock reveals nothing.
 * Each sign-in, failure and lock is also published for the audit trail (decision 0016), in the transaction that
 * counts it, so it is kept although the sign-in itself fails.
 */
@Service
public class LoginAttemptService {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final int maxFailuresPerAddress;
    private final LoginMetrics metrics;
    private final ApplicationEventPublisher events;

    LoginAttemptService(LoginAttemptRepository attempts, Clock clock,
                        @Value("${patritech.login.max-failures-per-address:30}") int maxFailuresPerAddress,
                        MeterRegistry registry, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.metrics = new LoginMetrics(registry);
    }

    /** Failures from one client address, within {@link #LOCK_DURATION}, that lock that address. */
    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    /**
     * Whether the account (its canonical login, or the typed login when it is no account) or the client address
     * (null when unknown) is locked now.
     */
    @Transactional(readOnly = true)
    public boolean isLocked(String account, String clientAddress) {
        boolean locked = lockedNow(accountKey(account)) || (clientAddress != null && lockedNow(addressKey(clientAddress)));
        if (locked) {
            metrics.refusedWhileLocked();
        }
        return locked;
    }

    /**
     * Records a wrong password and answers whether the account or the address is now locked; {@code typedLogin} is
     * what the person typed, for the audit trail.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String account, String typedLogin, String clientAddress) {
        // Always the account first, then the address: parallel failures cannot lock each other in a cycle.
        boolean accountLocked = count(accountKey(account), MAX_FAILURES, null);
        boolean addressLocked = clientAddress != null
                && count(addressKey(clientAddress), maxFailuresPerAddress, LOCK_DURATION);
        boolean locked = accountLocked || addressLocked;
        metrics.failure(locked);
        events.publishEvent(new AuditedAction("SIGN_IN_FAILED", typedLogin, null, null));
        if (locked) {
            events.publishEvent(new AuditedAction("SIGN_IN_LOCKED", typedLogin, null,
                    (accountLocked ? "account" : "address") + " locked for " + LOCK_DURATION.toMinutes() + " min"));
        }
        return locked;
    }

    /** A right password clears the account's count; the address keeps its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String account, AppUser user) {
        attempts.deleteById(accountKey(account));
        metrics.success();
        SystemUser.callAs(user, () -> {
            events.publishEvent(new AuditedAction("SIGN_IN", user.login(), null, null));
            return null;
        });
    }

    /** A password reset clears the account's count too, without counting as a sign-in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clearFailures(String account) {
        attempts.deleteById(accountKey(account));
    }

    private boolean lockedNow(String key) {
        return attempts.findById(key).map(a -> a.isLockedAt(clock.instant())).orElse(false);
    }

    private boolean count(String key, int threshold, Duration window) {
        attempts.createIfMissing(key);
        LoginAttempt attempt = attempts.lockByKey(key).orElseThrow();
        attempt.recordFailure(clock.instant(), threshold, LOCK_DURATION, window);
        return attempt.isLockedAt(clock.instant());
    }

    // Hashed keys: fixed length whatever was typed, nothing typed is stored, and no typed login can collide
    // with an address's key.
    private static String accountKey(String account) {
        return "account:" + sha256(account);
    }

    private static String addressKey(String address) {
        return "address:" + sha256(address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
