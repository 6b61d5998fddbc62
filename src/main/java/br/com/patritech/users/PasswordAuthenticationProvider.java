package br.com.patritech.users;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.LoginAttemptService;

/**
 * Checks CPF-or-e-mail and password, with the 5-strikes lockout. Unknown logins, inactive users and wrong
 * passwords fail alike, so the answer never reveals which accounts exist.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginAttemptService attempts;
    private final String dummyHash;

    PasswordAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginAttemptService attempts) {
        this.users = users;
        this.encoder = encoder;
        this.attempts = attempts;
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
        if (attempts.isLocked(login)) {
            throw new LockedException("Locked after repeated failures");
        }
        Optional<User> user = LoginName.isCpf(login) ? users.findByCpf(login) : users.findByEmail(login);
        // Hash even for unknown logins so the response time does not reveal whether the account exists.
        boolean passwordMatches = encoder.matches(password, user.map(User::getPasswordHash).orElse(dummyHash));
        if (user.isEmpty() || !user.get().isActive() || !passwordMatches) {
            if (attempts.recordFailure(login)) {
                throw new LockedException("Locked after repeated failures");
            }
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.recordSuccess(login);
        AppUser principal = user.get().toAppUser();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
