package br.com.patritech.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up jobs (first administrator, demo data) as an administrator named "sistema", so they go
 * through the same services and checks as a person would.
 */
public final class SystemUser {

    private static final AppUser SYSTEM = new AppUser(0, "Sistema", "sistema", Role.ADMIN, Set.of(), Set.of(), false);

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    /** Runs the work with the given user authenticated on this thread, then restores the previous one. */
    public static <T> T callAs(AppUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
