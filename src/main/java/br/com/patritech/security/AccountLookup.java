package br.com.patritech.security;

import java.util.Optional;

/** The account as it is now in the database: empty once deactivated (implemented by the users feature). */
public interface AccountLookup {

    Optional<AppUser> activeUser(long userId);
}
