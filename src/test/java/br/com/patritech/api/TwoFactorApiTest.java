package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.twofactor.RequiredFor;
import br.com.patritech.twofactor.TotpTestCodes;
import br.com.patritech.twofactor.TwoFactorService;
import br.com.patritech.twofactor.TwoFactorService.Enrolment;
import br.com.patritech.users.UserService.UserSummary;

/** POST /api/v1/auth/token for accounts with a second factor: the code is required, checked, and used once. */
@ApiTest
class TwoFactorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    TwoFactorService twoFactor;

    private record Enrolled(UserSummary user, String secret, List<String> recoveryCodes) {
    }

    private Enrolled enrolled(Role role) {
        UserSummary user = apiUsers.create(role, Set.of(), Set.of());
        AppUser principal = new AppUser(user.id(), user.name(), user.email(), role, Set.of(),
                EnumSet.noneOf(Permission.class), false);
        Enrolment enrolment = SystemUser.callAs(principal, () -> twoFactor.startEnrolment("PATRI-TECH"));
        var done = SystemUser.callAs(principal,
                () -> twoFactor.confirmEnrolment(enrolment.secret(), TotpTestCodes.code(enrolment.secret(), 0)));
        return new Enrolled(user, enrolment.secret(), done.recoveryCodes());
    }

    private ApiClient.Response token(ApiClient api, UserSummary user, String totp) {
        return api.post("/api/v1/auth/token", null, totp == null
                ? Map.of("username", user.email(), "password", ApiUsers.PASSWORD)
                : Map.of("username", user.email(), "password", ApiUsers.PASSWORD, "totp", totp));
    }

    @Test
    void withoutTheCodeA401SaysACodeIsNeededAndAWrongCodeIsA401Too() {
        ApiClient api = new ApiClient(port);
        Enrolled enrolled = enrolled(Role.AUDITOR);

        ApiClient.Response missing = token(api, enrolled.user(), null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body().get("type").asString()).isEqualTo("urn:patritech:problem:second-factor-required");
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("totp");
        assertThat(missing.body().has("access_token")).isFalse();

        ApiClient.Response wrong = token(api, enrolled.user(), "000000".equals(TotpTestCodes.code(enrolled.secret(), 1))
                ? "111111" : "000000");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().get("type").asString()).isEqualTo("urn:patritech:problem:bad-second-factor");
    }

    @Test
    void theRightCodeGivesTokensOnceAndTheRefreshChainKeepsWorkingWithoutIt() {
        ApiClient api = new ApiClient(port);
        Enrolled enrolled = enrolled(Role.AUDITOR);
        String code = TotpTestCodes.code(enrolled.secret(), 1);

        ApiClient.Response tokens = token(api, enrolled.user(), code);
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", tokens.body().get("access_token").asString()).status()).isEqualTo(200);
        ApiClient.Response refreshed = api.post("/api/v1/auth/refresh", null,
                Map.of("refresh_token", tokens.body().get("refresh_token").asString()));
        assertThat(refreshed.status()).isEqualTo(200);

        ApiClient.Response replayed = token(api, enrolled.user(), code);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.body().get("type").asString()).isEqualTo("urn:patritech:problem:bad-second-factor");
    }

    @Test
    void aRecoveryCodeGivesTokensOnce() {
        ApiClient api = new ApiClient(port);
        Enrolled enrolled = enrolled(Role.AUDITOR);
        String recovery = enrolled.recoveryCodes().get(0);
        assertThat(token(api, enrolled.user(), recovery).status()).isEqualTo(200);
        assertThat(token(api, enrolled.user(), recovery).status()).isEqualTo(401);
    }

    @Test
    void anAccountRequiredToEnrolGetsA403UntilItHasASecondFactor() {
        ApiClient api = new ApiClient(port);
        UserSummary admin = apiUsers.create(Role.ADMIN, Set.of(), Set.of());
        SystemUser.run(() -> twoFactor.require(RequiredFor.ADMINS));
        try {
            ApiClient.Response refused = token(api, admin, null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("type").asString())
                    .isEqualTo("urn:patritech:problem:second-factor-enrolment-required");
        } finally {
            SystemUser.run(() -> twoFactor.require(RequiredFor.NOBODY));
        }
        assertThat(token(api, admin, null).status()).isEqualTo(200);
    }
}
