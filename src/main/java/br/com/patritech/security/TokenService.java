package br.com.patritech.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;


/**
 * Issues 15-minute access JWTs and rotating refresh tokens. A refresh token works once; presenting a spent one
 * is taken as theft and revokes its whole chain.
 */
@Service
public class TokenService {

    static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    static final Duration REFRESH_TTL = Duration.ofDays(14);
    public static final String GENERATION_CLAIM = "gen";

    /** What the token endpoints answer (field names as OAuth 2 clients expect them). */
    public record Tokens(String access_token, String token_type, long expires_in, String refresh_token) {
    }

    /** Why a refresh token was refused; the caller always gets the same 401. */
    public static final class RefreshRefused extends RuntimeException {
        RefreshRefused(String reason) {
            super(reason);
        }
    }

    private final JwtEncoder encoder;
    private final RefreshTokenRepository refreshTokens;
    private final AccountLookup accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(JwtEncoder encoder, RefreshTokenRepository refreshTokens, AccountLookup accounts, Clock clock) {
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Tokens issue(AppUser user) {
        return issue(user.id(), accounts.tokenGeneration(user.id()), UUID.randomUUID().toString());
    }

    /** Spends the refresh token and answers a new pair; reuse of a spent token revokes its chain. */
    @Transactional(noRollbackFor = RefreshRefused.class)
    public Tokens refresh(String presented) {
        RefreshToken token = refreshTokens.lockByHash(hash(presented == null ? "" : presented))
                .orElseThrow(() -> new RefreshRefused("unknown"));
        Instant now = clock.instant();
        if (token.isSpentOrRevoked()) {
            refreshTokens.revokeChain(token.getChainId(), now);
            throw new RefreshRefused("reused");
        }
        if (token.isExpiredAt(now)) {
            throw new RefreshRefused("expired");
        }
        token.spend(now);
        if (accounts.principal(token.getUserId(), token.getTokenGeneration()).isEmpty()) {
            refreshTokens.revokeChain(token.getChainId(), now);
            throw new RefreshRefused("account changed");
        }
        return issue(token.getUserId(), token.getTokenGeneration(), token.getChainId());
    }

    private Tokens issue(long userId, int generation, String chainId) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(JwtConfig.ISSUER)
                .audience(List.of(JwtConfig.AUDIENCE))
                .subject(String.valueOf(userId))
                .issuedAt(now)
                .expiresAt(now.plus(ACCESS_TTL))
                .id(UUID.randomUUID().toString())
                .claim(GENERATION_CLAIM, generation)
                .build();
        String access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        refreshTokens.save(new RefreshToken(hash(refresh), chainId, userId, generation, now, now.plus(REFRESH_TTL)));
        return new Tokens(access, "Bearer", ACCESS_TTL.toSeconds(), refresh);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
