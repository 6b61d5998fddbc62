package br.com.patritech.twofactor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's enrolled authenticator: the encrypted secret and the last time step a code was accepted for. */
@Entity
@Table(name = "two_factor_credentials")
class TotpCredential {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "secret_encrypted", nullable = false)
    private String secretEncrypted;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Version
    private long version;

    protected TotpCredential() {
    }

    TotpCredential(long userId, String secretEncrypted, long confirmedStep, Instant enrolledAt) {
        this.userId = userId;
        this.secretEncrypted = secretEncrypted;
        this.lastUsedStep = confirmedStep;
        this.enrolledAt = enrolledAt;
    }

    long userId() {
        return userId;
    }

    String secretEncrypted() {
        return secretEncrypted;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }

    /** A code for this step was accepted: it and every earlier step are spent. */
    void spend(long step) {
        lastUsedStep = Math.max(lastUsedStep, step);
    }
}
