package br.com.patritech.security;

import java.util.Optional;

/**
 * The account as it is now in the database, for the session and for API tokens (implemented by the users feature,
 * so {@code security} depends on no feature). Read fresh: role, unit and flag changes apply at once.
 */
public interface AccountLookup {

    /** Empty once the account is deactivated. */
    Optional<AppUser> activeUser(long userId);

    /** The principal for a token of the given generation, if the account is active and the token still current. */
    Optional<AppUser> principal(long userId, int tokenGeneration);

    /** The generation a token issued now must carry; it changes when the password changes or the account is deactivated. */
    int tokenGeneration(long userId);
}
