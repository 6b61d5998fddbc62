package br.com.patritech.base;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without a PostgreSQL database and a JWT secret, with a message
 * that names the missing settings. Runs before the application context exists, so no bean hides the cause.
 */
public final class ProductionSettingsCheck {

    private static final int MIN_JWT_SECRET_BYTES = 32;

    private ProductionSettingsCheck() {
    }

    public static void verify(Environment env) {
        if (!env.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PATRI-TECH cannot start in the 'prod' profile:\n - "
                    + String.join("\n - ", problems)
                    + "\nSee deployment/README.md and /etc/patritech/patritech.env.");
        }
    }

    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank() || !url.startsWith("jdbc:postgresql:")) {
            problems.add("SPRING_DATASOURCE_URL must point to PostgreSQL (jdbc:postgresql://host:5432/db), found '"
                    + url + "'");
        }
        if (env.getProperty("spring.datasource.username", "").isBlank()) {
            problems.add("SPRING_DATASOURCE_USERNAME is not set");
        }
        String secret = env.getProperty("patritech.jwt.secret", "");
        if (secret.isBlank()) {
            problems.add("PATRITECH_JWT_SECRET is not set (base64 key of at least 256 bits: openssl rand -base64 32)");
        } else if (decodedLength(secret) < MIN_JWT_SECRET_BYTES) {
            problems.add("PATRITECH_JWT_SECRET must be base64 of at least 32 bytes (256 bits)");
        }
        return problems;
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim()).length;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
