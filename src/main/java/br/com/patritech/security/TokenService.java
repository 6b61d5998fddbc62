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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditedAction;


/**
 * Issues 15-minute access JWTs and rotating refresh tokens. A refresh token works once; presenting a spent one
 * is taken as theft and revokes its whole chain. Issuing to a signed-in person and revoking a chain are published
 * for the audit trail (decision 0016); the refreshes in between are not (one every 15 minutes says nothing).
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
    private final ApplicationEventPublisher events;

    TokenService(JwtEncoder encoder, RefreshTokenRepository refreshTokens, AccountLookup accounts, Clock clock,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Tokens issue(AppUser user) {
        Tokens tokens = issue(user.id(), accounts.tokenGeneration(user.id()), UUID.randomUUID().toString());
        SystemUser.callAs(user, () -> {
            events.publishEvent(new AuditedAction("API_TOKEN_ISSUED", user.login(), null, null));
            return null;
        });
        return tokens;
    }

    /** Spends the refresh token and answers a new pair; reuse of a spent token revokes its chain. */
    @Transactional(noRollbackFor = RefreshRefused.class)
    public Tokens refresh(String presented) {
        RefreshToken token = refreshTokens.lockByHash(hash(presented == null ? "" : presented))
                .orElseThrow(() -> new RefreshRefused("unknown"));
        Instant now = clock.instant();
        if (token.isSpentOrRevoked()) {
            revokeChain(token, now, "a spent refresh token was presented again");
            throw new RefreshRefused("reused");
        }
        if (token.isExpiredAt(now)) {
            throw new RefreshRefused("expired");
        }
        token.spend(now);
        if (accounts.principal(token.getUserId(), token.getTokenGeneration()).isEmpty()) {
            revokeChain(token, now, "the account changed (password, deactivation)");
            throw new RefreshRefused("account changed");
        }
        return issue(token.getUserId(), token.getTokenGeneration(), token.getChainId());
    }

    private void revokeChain(RefreshToken token, Instant now, String why) {
        refreshTokens.revokeChain(token.getChainId(), now);
        String owner = accounts.activeUser(token.getUserId()).map(AppUser::login).orElse("#" + token.getUserId());
        events.publishEvent(new AuditedAction("API_TOKEN_CHAIN_REVOKED", owner, null, why));
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
