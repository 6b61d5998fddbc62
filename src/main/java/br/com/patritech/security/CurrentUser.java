package br.com.patritech.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import br.com.patritech.base.SessionPerson;

/** The user of the current request, for services that check roles, units and flags. */
@Component
public class CurrentUser implements SessionPerson {

    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AppUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not authenticated"));
    }

    @Override
    public Optional<String> displayName() {
        return get().map(AppUser::name);
    }

    @Override
    public boolean mustChangePassword() {
        return get().map(AppUser::mustChangePassword).orElse(false);
    }
}
