package br.com.patritech.twofactor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest (AES-256-GCM with a PBKDF2-derived key, Spring Security's {@link Encryptors#delux}),
 * so a database dump alone does not give them away. The key is PATRITECH_TWO_FACTOR_KEY, else the JWT secret
 * (required in production); only a development instance without either uses a built-in key, and says so.
 */
@Component
class SecretCipher {

    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    /** Hex salt for the key derivation; the secrecy lies in the key, the salt only separates this use of it. */
    private static final String SALT = "7061747269746563682d746f7470";
    private static final String DEVELOPMENT_KEY = "patritech-development-only-two-factor-key";

    private final TextEncryptor encryptor;

    SecretCipher(@Value("${patritech.two-factor.key:}") String key, @Value("${patritech.jwt.secret:}") String jwtSecret) {
        String chosen = !key.isBlank() ? key : jwtSecret;
        if (chosen.isBlank()) {
            LOG.warn("Neither PATRITECH_TWO_FACTOR_KEY nor PATRITECH_JWT_SECRET is set: TOTP secrets are encrypted "
                    + "with the development key. Set one of them outside development.");
            chosen = DEVELOPMENT_KEY;
        }
        this.encryptor = Encryptors.delux(chosen, SALT);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String encrypted) {
        return encryptor.decrypt(encrypted);
    }
}
