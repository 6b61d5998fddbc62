package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.UserSummary;

/** Every way a token can be wrong is answered 401, with nothing revealed. */
@ApiTest
class RejectedTokensApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    SecretKey jwtKey;

    @Autowired
    UserService userService;

    @Autowired
    br.com.patritech.users.ApiAccounts accounts;

    ApiClient api;
    UserSummary user;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = apiUsers.create(Role.AUDITOR, Set.of(), Set.of());
    }

    private String sign(SecretKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key.getEncoded()));
        return jwt.serialize();
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("patritech").audience(List.of("patritech-api"))
                .subject(String.valueOf(user.id())).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID("t-" + now.toEpochMilli()).claim("gen", accounts.tokenGeneration(user.id()));
    }

    private int status(String token) {
        return api.get("/api/v1/me", token).status();
    }

    @Test
    void aWellFormedTokenOfOurOwnIsAccepted() throws Exception {
        // the control case: proves the crafted tokens below fail for the reason each one names
        assertThat(status(sign(jwtKey, validClaims().build()))).isEqualTo(200);
    }

    @Test
    void expiredTokenIsRejected() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        assertThat(status(sign(jwtKey, validClaims().issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past)).build()))).isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws Exception {
        SecretKey other = new SecretKeySpec("another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
        assertThat(status(sign(other, validClaims().build()))).isEqualTo(401);
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() throws Exception {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64(validClaims().build().toString());
        assertThat(status(header + "." + payload + ".")).isEqualTo(401);
    }

    @Test
    void wrongIssuerOrAudienceIsRejected() throws Exception {
        assertThat(status(sign(jwtKey, validClaims().issuer("someone-else").build()))).isEqualTo(401);
        assertThat(status(sign(jwtKey, validClaims().audience("other-api").build()))).isEqualTo(401);
    }

    @Test
    void tamperedPayloadIsRejected() throws Exception {
        String[] parts = sign(jwtKey, validClaims().build()).split("\\.");
        String forged = b64(validClaims().subject("1").build().toString());
        assertThat(status(parts[0] + "." + forged + "." + parts[2])).isEqualTo(401);
    }

    @Test
    void deactivatingTheUserInvalidatesTheirTokens() {
        String token = api.token(user.email(), ApiUsers.PASSWORD);
        assertThat(status(token)).isEqualTo(200);
        SystemUser.run(() -> userService.setActive(user.id(), userService.user(user.id()).version(), false));
        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void changingThePasswordInvalidatesTheirTokens() {
        String token = api.token(user.email(), ApiUsers.PASSWORD);
        AppUser me = new AppUser(user.id(), user.name(), user.email(), Role.AUDITOR, Set.of(), Set.of(), false);
        SystemUser.callAs(me, () -> userService.changeOwnPassword(ApiUsers.PASSWORD, "Outra-senha-bem-longa-1"));
        assertThat(status(token)).isEqualTo(401);
        assertThat(status(api.token(user.email(), "Outra-senha-bem-longa-1"))).isEqualTo(200);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
