package br.com.patritech.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

/**
 * Ten one-time recovery codes (16 random letters and digits each, from dev.samstevens.totp). Stored as SHA-256:
 * with 80 random bits a code cannot be guessed from its hash, and the hash can be looked up directly.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    /** The hash of a code as the user may type it: any case, with or without the dashes and spaces. */
    static String hash(String typed) {
        String normalized = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
