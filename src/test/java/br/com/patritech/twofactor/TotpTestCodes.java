package br.com.patritech.twofactor;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** Codes as an authenticator app computes them, from the secret, with the library (steps of 30 s from now). */
public final class TotpTestCodes {

    private TotpTestCodes() {
    }

    /** The code for the step {@code stepsFromNow} away from the current one (0 = now). */
    public static String code(String secret, int stepsFromNow) {
        try {
            String plain = secret.replace(" ", "");
            return new DefaultCodeGenerator().generate(plain, Instant.now().getEpochSecond() / 30 + stepsFromNow);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
