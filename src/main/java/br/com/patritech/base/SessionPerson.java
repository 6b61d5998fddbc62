package br.com.patritech.base;

import java.util.Optional;

/**
 * The person using the application, as far as the shared layout needs to know them. Declared here so that
 * {@code base} depends on no feature; {@code security} provides it.
 */
public interface SessionPerson {

    /** The signed-in person's name; empty when nobody is signed in. */
    Optional<String> displayName();

    /** Whether the person must change their password before doing anything else. */
    boolean mustChangePassword();
}
