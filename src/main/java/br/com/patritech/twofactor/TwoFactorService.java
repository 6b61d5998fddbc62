package br.com.patritech.twofactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.documents.QrCodes;
import br.com.patritech.security.AccountLookup;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.LoginAttemptService;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.security.SecondFactorPolicy.SecondStep;
import br.com.patritech.users.UserService;

/**
 * Enrolment, the code step of a sign-in, disabling, and the administrator's reset and requirement. Each method
 * checks who calls: the signed-in user (or, for enrolment and the code step, a sign-in whose password was right).
 */
@Service
public class TwoFactorService {

    /** Shown on the enrolment screen: the secret as text and as a QR code for the authenticator app. */
    public record Enrolment(String secret, String otpauthUri, byte[] qrPng) {
    }

    /** The recovery codes (shown once), and the signed-in session when the enrolment completed a sign-in. */
    public record Enrolled(List<String> recoveryCodes, Authentication signedIn) {
    }

    public record Status(boolean enrolled, int recoveryCodesLeft, boolean required) {
    }

    public enum Verification { VERIFIED, WRONG, LOCKED }

    /** The answer to a code; {@code signedIn} only when verified. */
    public record SignIn(Verification result, Authentication signedIn) {
    }

    private static final int LONGEST_CODE = 64;

    private final TotpCredentialRepository credentials;
    private final RecoveryCodeRepository recoveryCodes;
    private final TwoFactorRequirement requirement;
    private final TotpCodes codes;
    private final SecretCipher cipher;
    private final CurrentUser currentUser;
    private final AccountLookup accounts;
    private final LoginAttemptService attempts;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorService(TotpCredentialRepository credentials, RecoveryCodeRepository recoveryCodes,
                     TwoFactorRequirement requirement, TotpCodes codes, SecretCipher cipher, CurrentUser currentUser,
                     AccountLookup accounts, LoginAttemptService attempts, UserService users,
                     ApplicationEventPublisher events, Clock clock) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.requirement = requirement;
        this.codes = codes;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.attempts = attempts;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Status status() {
        AppUser user = enrollingAccount();
        boolean enrolled = credentials.existsById(user.id());
        return new Status(enrolled, enrolled ? recoveryCodes.countUnused(user.id()) : 0,
                requirement.requiredFor().includes(user));
    }

    /** A fresh secret; nothing is stored until {@link #confirmEnrolment} gets a right code for it. */
    public Enrolment startEnrolment(String issuer) {
        AppUser user = enrollingAccount();
        String secret = codes.newSecret();
        String uri = codes.uri(secret, user.login(), issuer);
        return new Enrolment(secret, uri, QrCodes.png(uri, 240));
    }

    @Transactional
    public Enrolled confirmEnrolment(String secret, String code) {
        AppUser user = enrollingAccount();
        if (credentials.existsById(user.id())) {
            throw DomainException.of("twofactor.already-enrolled");
        }
        String typed = normalize(code);
        OptionalLong step = secret == null || !TotpCodes.isTotpShaped(typed) ? OptionalLong.empty()
                : codes.acceptedStep(secret, typed, 0);
        if (step.isEmpty()) {
            throw new DomainException("twofactor.code.wrong", "code");
        }
        credentials.save(new TotpCredential(user.id(), cipher.encrypt(secret), step.getAsLong(), clock.instant()));
        List<String> issued = RecoveryCodes.generate();
        recoveryCodes.deleteByUserId(user.id());
        List<RecoveryCode> stored = new ArrayList<>();
        issued.forEach(c -> stored.add(new RecoveryCode(user.id(), RecoveryCodes.hash(c))));
        recoveryCodes.saveAll(stored);
        events.publishEvent(new AuditedAction("TWO_FACTOR_ENROLLED", user.login(), null, null));
        Authentication signedIn = SecondFactorPending.current().map(p -> signedIn(user.id())).orElse(null);
        return new Enrolled(issued, signedIn);
    }

    /** The code step after the password: a TOTP code (once per time step) or an unused recovery code. */
    @Transactional
    public SignIn verify(SecondFactorPending pending, String code, String clientAddress) {
        if (pending.step() != SecondStep.CODE) {
            throw new AccessDeniedException("No code is owed");
        }
        AppUser user = pending.passwordChecked();
        String counted = "two-factor:" + user.id();
        if (attempts.isLocked(counted, clientAddress)) {
            return new SignIn(Verification.LOCKED, null);
        }
        if (!codeAccepted(user, normalize(code))) {
            boolean locked = attempts.recordFailure(counted, user.login(), clientAddress);
            return new SignIn(locked ? Verification.LOCKED : Verification.WRONG, null);
        }
        attempts.recordSuccess(counted, user);
        Authentication signedIn = signedIn(user.id());
        return signedIn == null ? new SignIn(Verification.WRONG, null) : new SignIn(Verification.VERIFIED, signedIn);
    }

    /** The signed-in user turns their second factor off, proving it with a code; refused when it is required. */
    @Transactional
    public void disable(String code) {
        AppUser user = currentUser.require();
        if (requirement.requiredFor().includes(user)) {
            throw DomainException.of("twofactor.required.cannot-disable");
        }
        if (!codeAccepted(user, normalize(code))) {
            throw new DomainException("twofactor.code.wrong", "code");
        }
        remove(user.id());
        events.publishEvent(new AuditedAction("TWO_FACTOR_DISABLED", user.login(), null, null));
    }

    /** An administrator removes a user's second factor (a lost phone); the user enrols again. */
    @Transactional
    public boolean reset(long userId) {
        requireAdmin();
        var user = users.user(userId);
        boolean had = credentials.existsById(userId);
        remove(userId);
        events.publishEvent(new AuditedAction("TWO_FACTOR_RESET", user.email() != null ? user.email() : user.cpf(),
                null, null));
        return had;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        requireAdmin();
        return credentials.existsById(userId);
    }

    @Transactional(readOnly = true)
    public RequiredFor requiredFor() {
        requireAdmin();
        return requirement.requiredFor();
    }

    @Transactional
    public void require(RequiredFor requiredFor) {
        requireAdmin();
        requirement.change(requiredFor);
        events.publishEvent(new AuditedAction("TWO_FACTOR_REQUIREMENT_CHANGED", requiredFor.name(), null, null));
    }

    private boolean codeAccepted(AppUser user, String typed) {
        if (typed.isEmpty() || typed.length() > LONGEST_CODE) {
            return false;
        }
        if (TotpCodes.isTotpShaped(typed)) {
            return credentials.lockByUserId(user.id()).map(c -> {
                OptionalLong step = codes.acceptedStep(cipher.decrypt(c.secretEncrypted()), typed, c.lastUsedStep());
                step.ifPresent(c::spend);
                return step.isPresent();
            }).orElse(false);
        }
        return recoveryCodes.lockUnused(user.id(), RecoveryCodes.hash(typed)).map(r -> {
            r.use(clock.instant());
            events.publishEvent(new AuditedAction("TWO_FACTOR_RECOVERY_CODE_USED", user.login(), null,
                    String.valueOf(recoveryCodes.countUnused(user.id()))));
            return true;
        }).orElse(false);
    }

    private void remove(long userId) {
        credentials.deleteById(userId);
        recoveryCodes.deleteByUserId(userId);
    }

    /** The account as it is now, signed in with both factors; null once it was deactivated meanwhile. */
    private Authentication signedIn(long userId) {
        return accounts.activeUser(userId).map(user -> {
            List<GrantedAuthority> authorities = new ArrayList<>(user.authorities());
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
            authorities.add(FactorGrantedAuthority.fromFactor("TOTP"));
            return (Authentication) UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        }).orElse(null);
    }

    /** The signed-in user, or the one whose password was right and who must enrol before going on. */
    private AppUser enrollingAccount() {
        return currentUser.get().or(() -> SecondFactorPending.current().filter(p -> p.step() == SecondStep.ENROL)
                .map(SecondFactorPending::passwordChecked)).orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private void requireAdmin() {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only administrators manage second factors");
        }
    }

    private static String normalize(String code) {
        return code == null ? "" : code.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
