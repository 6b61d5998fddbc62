package br.com.patritech.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A refresh token as stored: only its SHA-256 hash, its chain, and whether it was spent or revoked. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "chain_id", nullable = false, updatable = false)
    private String chainId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "token_generation", nullable = false, updatable = false)
    private int tokenGeneration;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(String tokenHash, String chainId, long userId, int tokenGeneration, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.chainId = chainId;
        this.userId = userId;
        this.tokenGeneration = tokenGeneration;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    String getChainId() {
        return chainId;
    }

    long getUserId() {
        return userId;
    }

    int getTokenGeneration() {
        return tokenGeneration;
    }

    boolean isSpentOrRevoked() {
        return usedAt != null || revokedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    void spend(Instant now) {
        usedAt = now;
    }
}
