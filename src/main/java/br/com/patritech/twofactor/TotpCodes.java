package br.com.patritech.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s) through dev.samstevens.totp. Accepts the current step and one either side
 * (clock drift), but only steps later than the last one used, so a code works once.
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    private static final int ALLOWED_DRIFT_STEPS = 1;

    private final SecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new base32 secret of 160 bits. */
    String newSecret() {
        return secrets.generate();
    }

    /** The otpauth:// address an authenticator app reads from the QR code. */
    String uri(String secret, String account, String issuer) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    /** Whether it looks like a TOTP code at all (six digits), rather than a recovery code. */
    static boolean isTotpShaped(String input) {
        return input.length() == DIGITS && input.chars().allMatch(Character::isDigit);
    }

    /** The step the code belongs to, if it is right for a step later than {@code lastUsedStep}. */
    OptionalLong acceptedStep(String secret, String code, long lastUsedStep) {
        long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            if (step > lastUsedStep && sameCode(generate(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
