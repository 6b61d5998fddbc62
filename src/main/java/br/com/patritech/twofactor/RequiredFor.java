package br.com.patritech.twofactor;

import br.com.patritech.security.AppUser;

/** Whom the administrator requires to use a second factor. */
public enum RequiredFor {
    NOBODY, ADMINS, EVERYONE;

    boolean includes(AppUser user) {
        return this == EVERYONE || (this == ADMINS && user.isAdmin());
    }
}
