package br.com.patritech.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import br.com.patritech.security.SecondFactorPolicy.SecondStep;

/**
 * A session whose password was right but whose second factor is still owed: "password ok, code pending". It carries
 * only Spring Security's password factor authority and no role; its principal is the login, not an {@link AppUser},
 * so {@link CurrentUser} sees nobody and every service refuses. The twofactor feature's views are all it can open.
 */
public final class SecondFactorPending extends org.springframework.security.authentication.AbstractAuthenticationToken {

    private final AppUser passwordChecked;
    private final SecondStep step;

    public SecondFactorPending(AppUser passwordChecked, SecondStep step) {
        super(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        if (step == SecondStep.NONE) {
            throw new IllegalArgumentException("Nothing is pending");
        }
        this.passwordChecked = passwordChecked;
        this.step = step;
        setAuthenticated(true);
    }

    /** The pending sign-in of the current request, if any. */
    public static Optional<SecondFactorPending> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof SecondFactorPending pending ? Optional.of(pending) : Optional.empty();
    }

    /** Who gave the right password (read it again from the database before letting them in). */
    public AppUser passwordChecked() {
        return passwordChecked;
    }

    public SecondStep step() {
        return step;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return passwordChecked.login();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecondFactorPending that && super.equals(other)
                && passwordChecked.equals(that.passwordChecked) && step == that.step;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + passwordChecked.hashCode();
    }
}
