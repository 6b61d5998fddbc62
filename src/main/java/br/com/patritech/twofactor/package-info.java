/**
 * Two-factor sign-in: TOTP enrolment (QR code, secret as text, ten one-time recovery codes), the code step after the
 * password (single use per time step, rate-limited), the administrator's requirement for administrators or everyone,
 * and the reset of a user's second factor. Depends on base, security (the {@link
 * br.com.patritech.security.SecondFactorPolicy} it implements, the lockout), users (accounts) and documents (QR
 * images); the api layer uses it for tokens. See docs/decisions/0017-two-factor-sign-in.md.
 */
package br.com.patritech.twofactor;
