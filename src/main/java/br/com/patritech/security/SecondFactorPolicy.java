package br.com.patritech.security;

/**
 * Whether a user who has just given the right password must also give a second factor (implemented by the
 * twofactor feature, so the login does not depend on it; docs/decisions/0017-two-factor-sign-in.md).
 */
public interface SecondFactorPolicy {

    /** What stands between the right password and a signed-in session. */
    enum SecondStep {
        /** Nothing: the password is enough. */
        NONE,
        /** A code from the user's authenticator app (or a recovery code). */
        CODE,
        /** A second factor is required and the user has none yet: enrol first. */
        ENROL
    }

    SecondStep after(AppUser passwordChecked);
}
