package br.com.patritech.users;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.AccountLookup;
import br.com.patritech.security.AppUser;

/**
 * What authentication needs to know about an account on every request: is it still active, and (for API
 * tokens) is the token's generation still current. Read fresh, so role, unit and flag changes apply at once.
 */
@Service
public class ApiAccounts implements AccountLookup {

    private final UserRepository users;

    ApiAccounts(UserRepository users) {
        this.users = users;
    }

    /** The principal for a token of the given generation, if the account is active and the token current. */
    @Override
    @Transactional(readOnly = true)
    public Optional<AppUser> principal(long userId, int tokenGeneration) {
        return users.findForRequest(userId)
                .filter(u -> u.isActive() && u.getTokenGeneration() == tokenGeneration)
                .map(User::toAppUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppUser> activeUser(long userId) {
        return users.findForRequest(userId).filter(User::isActive).map(User::toAppUser);
    }

    /** The generation a token issued now must carry. */
    @Override
    @Transactional(readOnly = true)
    public int tokenGeneration(long userId) {
        return users.findById(userId).map(User::getTokenGeneration).orElse(-1);
    }
}
