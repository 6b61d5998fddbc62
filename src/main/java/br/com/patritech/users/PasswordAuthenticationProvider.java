package br.com.patritech.users;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.LoginAttemptService;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.security.SecondFactorPolicy;
import br.com.patritech.security.SecondFactorPolicy.SecondStep;

/**
 * Checks CPF-or-e-mail and password, with the 5-strikes lockout. Unknown logins, inactive users and wrong
 * passwords fail alike, so the answer never reveals which accounts exist. A user who owes a second factor gets a
 * {@link SecondFactorPending} instead of a signed-in session.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    /** No stored CPF or e-mail is longer than this (an e-mail address has at most 254 characters). */
    private static final int LONGEST_LOGIN = 254;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginAttemptService attempts;
    private final String dummyHash;
    private final ObjectProvider<SecondFactorPolicy> secondFactor;

    PasswordAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginAttemptService attempts,
                                   ObjectProvider<SecondFactorPolicy> secondFactor) {
        this.users = users;
        this.encoder = encoder;
        this.attempts = attempts;
        this.secondFactor = secondFactor;
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication authenticate(Authentication authentication) {
        String login = LoginName.normalize(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (login.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        Optional<User> user = find(login);
        // One count per account, whichever of its logins was typed; a login that is no account counts alike.
        String account = user.map(PasswordAuthenticationProvider::canonicalLogin).orElse(login);
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (attempts.isLocked(account, clientAddress)) {
            throw new LockedException("Locked after repeated failures");
        }
        // Hash even for unknown logins so the response time does not reveal whether the account exists.
        boolean passwordMatches = encoder.matches(password, user.map(User::getPasswordHash).orElse(dummyHash));
        if (user.isEmpty() || !user.get().isActive() || !passwordMatches) {
            if (attempts.recordFailure(account, login, clientAddress)) {
                throw new LockedException("Locked after repeated failures");
            }
            throw new BadCredentialsException("Bad credentials");
        }
        AppUser principal = user.get().toAppUser();
        SecondFactorPolicy policy = secondFactor.getIfAvailable();
        SecondStep step = policy == null ? SecondStep.NONE : policy.after(principal);
        if (step != SecondStep.NONE) {
            // Signed in only once the code is right (TwoFactorService.verify records it then).
            attempts.clearFailures(account);
            return new SecondFactorPending(principal, step);
        }
        attempts.recordSuccess(account, principal);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    private Optional<User> find(String login) {
        if (login.length() > LONGEST_LOGIN) {
            return Optional.empty();
        }
        return LoginName.isCpf(login) ? users.findByCpf(login) : users.findByEmail(login);
    }

    /** The key the lockout counts under: the CPF, or the e-mail of an account without one (what a password reset clears). */
    private static String canonicalLogin(User user) {
        return user.getCpf() != null ? user.getCpf() : user.getEmail();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
