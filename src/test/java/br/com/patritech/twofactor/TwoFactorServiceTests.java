package br.com.patritech.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.security.SecondFactorPolicy.SecondStep;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.twofactor.TwoFactorService.Enrolled;
import br.com.patritech.twofactor.TwoFactorService.Enrolment;
import br.com.patritech.twofactor.TwoFactorService.Verification;

/** Enrolment, the code step, recovery codes, the lockout, the reset and the requirement; on H2 and PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
abstract class TwoFactorServiceTests {

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AuthenticationProvider passwords;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private record EnrolledUser(AppUser user, String secret, List<String> recoveryCodes) {
    }

    private EnrolledUser enrolled(Role role) {
        AppUser user = testUsers.principal(role, role == Role.GESTOR ? Set.of(testUsers.anyUnit()) : Set.of(), Set.of());
        Enrolment enrolment = SystemUser.callAs(user, () -> twoFactor.startEnrolment("PATRI-TECH"));
        Enrolled done = SystemUser.callAs(user,
                () -> twoFactor.confirmEnrolment(enrolment.secret(), TotpTestCodes.code(enrolment.secret(), 0)));
        return new EnrolledUser(user, enrolment.secret(), done.recoveryCodes());
    }

    private Authentication passwordLogin(AppUser user) {
        return passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.login(), TestUsers.PASSWORD));
    }

    private SecondFactorPending pending(AppUser user) {
        return (SecondFactorPending) passwordLogin(user);
    }

    @Test
    void enrolmentNeedsARightFirstCodeAndGivesTenRecoveryCodesAndAnEncryptedSecret() {
        AppUser user = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        Enrolment enrolment = SystemUser.callAs(user, () -> twoFactor.startEnrolment("PATRI-TECH"));
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret());
        assertThat(enrolment.qrPng()).isNotEmpty();

        assertThatThrownBy(() -> SystemUser.callAs(user, () -> twoFactor.confirmEnrolment(enrolment.secret(), "000000x")))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("code");
        assertThat(passwordLogin(user).getPrincipal()).isInstanceOf(AppUser.class);

        Enrolled done = SystemUser.callAs(user,
                () -> twoFactor.confirmEnrolment(enrolment.secret(), TotpTestCodes.code(enrolment.secret(), 0)));
        assertThat(done.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(SystemUser.callAs(user, () -> twoFactor.status()).recoveryCodesLeft()).isEqualTo(10);
        String stored = jdbc.queryForObject("select secret_encrypted from two_factor_credentials where user_id = ?",
                String.class, user.id());
        assertThat(stored).doesNotContain(enrolment.secret());
        List<String> hashes = jdbc.queryForList("select code_hash from two_factor_recovery_codes where user_id = ?",
                String.class, user.id());
        assertThat(hashes).hasSize(10).noneMatch(h -> done.recoveryCodes().stream().anyMatch(c -> h.contains(c)));
        assertThat(events.stream(AuditedAction.class)).anyMatch(a -> a.action().equals("TWO_FACTOR_ENROLLED")
                && a.subject().equals(user.login()));
        assertThat(((SecondFactorPending) passwordLogin(user)).step()).isEqualTo(SecondStep.CODE);
    }

    @Test
    void aRightCodeSignsInOnceAndTheSameCodeIsRefusedAfterwards() {
        EnrolledUser enrolled = enrolled(Role.AUDITOR);
        String next = TotpTestCodes.code(enrolled.secret(), 1);

        var first = twoFactor.verify(pending(enrolled.user()), next, null);
        assertThat(first.result()).isEqualTo(Verification.VERIFIED);
        assertThat(((AppUser) first.signedIn().getPrincipal()).id()).isEqualTo(enrolled.user().id());
        assertThat(first.signedIn().getAuthorities()).extracting(Object::toString).contains("ROLE_AUDITOR");

        assertThat(twoFactor.verify(pending(enrolled.user()), next, null).result()).isEqualTo(Verification.WRONG);
        // The code that confirmed the enrolment is spent too.
        assertThat(twoFactor.verify(pending(enrolled.user()), TotpTestCodes.code(enrolled.secret(), 0), null).result())
                .isEqualTo(Verification.WRONG);
    }

    @Test
    void aRecoveryCodeWorksOnceInAnyCaseAndIsAudited() {
        EnrolledUser enrolled = enrolled(Role.AUDITOR);
        String recovery = enrolled.recoveryCodes().get(3);

        assertThat(twoFactor.verify(pending(enrolled.user()), recovery.toUpperCase(), null).result())
                .isEqualTo(Verification.VERIFIED);
        assertThat(twoFactor.verify(pending(enrolled.user()), recovery, null).result()).isEqualTo(Verification.WRONG);
        assertThat(SystemUser.callAs(enrolled.user(), () -> twoFactor.status()).recoveryCodesLeft()).isEqualTo(9);
        assertThat(events.stream(AuditedAction.class)).anyMatch(a -> a.action().equals("TWO_FACTOR_RECOVERY_CODE_USED")
                && a.subject().equals(enrolled.user().login()));
    }

    @Test
    void fiveWrongCodesLockTheCodeStepEvenForTheRightCode() {
        EnrolledUser enrolled = enrolled(Role.AUDITOR);
        for (int i = 0; i < 4; i++) {
            assertThat(twoFactor.verify(pending(enrolled.user()), "12345" + i, null).result())
                    .isEqualTo(Verification.WRONG);
        }
        assertThat(twoFactor.verify(pending(enrolled.user()), "not-a-recovery-code", null).result())
                .isEqualTo(Verification.LOCKED);
        assertThat(twoFactor.verify(pending(enrolled.user()), TotpTestCodes.code(enrolled.secret(), 1), null).result())
                .isEqualTo(Verification.LOCKED);
    }

    @Test
    void anAdministratorResetsAUsersSecondFactorAndOnlyAnAdministratorMay() {
        EnrolledUser enrolled = enrolled(Role.AUDITOR);
        AppUser userManager = testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()),
                EnumSet.of(Permission.USER_MANAGE));
        assertThatThrownBy(() -> SystemUser.callAs(userManager, () -> twoFactor.reset(enrolled.user().id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(SystemUser.call(() -> twoFactor.reset(enrolled.user().id()))).isTrue();

        assertThat(passwordLogin(enrolled.user()).getPrincipal()).isInstanceOf(AppUser.class);
        assertThat(events.stream(AuditedAction.class)).anyMatch(a -> a.action().equals("TWO_FACTOR_RESET"));
        assertThat(SystemUser.call(() -> twoFactor.reset(enrolled.user().id()))).isFalse();
    }

    @Test
    void requiredForAdministratorsSendsAnAdministratorWithoutItToEnrolButNotOthers() {
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        SystemUser.run(() -> twoFactor.require(RequiredFor.ADMINS));
        try {
            assertThat(((SecondFactorPending) passwordLogin(admin)).step()).isEqualTo(SecondStep.ENROL);
            assertThat(passwordLogin(auditor).getPrincipal()).isInstanceOf(AppUser.class);
            assertThatThrownBy(() -> twoFactor.verify(pending(admin), "123456", null))
                    .isInstanceOf(AccessDeniedException.class);
            // The pending sign-in may enrol, and enrolling completes it; a required factor cannot be turned off.
            EnrolledAsPending done = enrolAsPending(pending(admin));
            assertThat(((AppUser) done.enrolled().signedIn().getPrincipal()).id()).isEqualTo(admin.id());
            assertThatThrownBy(() -> SystemUser.callAs(admin, () -> {
                twoFactor.disable(TotpTestCodes.code(done.secret(), 1));
                return null;
            })).isInstanceOf(DomainException.class).hasMessageContaining("twofactor.required.cannot-disable");
        } finally {
            SystemUser.run(() -> twoFactor.require(RequiredFor.NOBODY));
        }
        assertThat(SystemUser.call(() -> twoFactor.requiredFor())).isEqualTo(RequiredFor.NOBODY);
    }

    private record EnrolledAsPending(String secret, Enrolled enrolled) {
    }

    private EnrolledAsPending enrolAsPending(SecondFactorPending owed) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        Authentication before = context.getAuthentication();
        context.setAuthentication(owed);
        try {
            Enrolment enrolment = twoFactor.startEnrolment("PATRI-TECH");
            return new EnrolledAsPending(enrolment.secret(),
                    twoFactor.confirmEnrolment(enrolment.secret(), TotpTestCodes.code(enrolment.secret(), 0)));
        } finally {
            context.setAuthentication(before);
        }
    }

    @Test
    void aPendingSignInIsNobodyToTheServices() {
        EnrolledUser enrolled = enrolled(Role.ADMIN);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(pending(enrolled.user()));
        try {
            assertThatThrownBy(() -> twoFactor.requiredFor()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> twoFactor.status()).isInstanceOf(AccessDeniedException.class);
        } finally {
            context.setAuthentication(null);
        }
    }

    @Test
    void aUserTurnsItOffWithACurrentCode() {
        EnrolledUser enrolled = enrolled(Role.AUDITOR);
        assertThatThrownBy(() -> SystemUser.callAs(enrolled.user(), () -> {
            twoFactor.disable("999999");
            return null;
        })).isInstanceOf(DomainException.class);
        SystemUser.callAs(enrolled.user(), () -> {
            twoFactor.disable(TotpTestCodes.code(enrolled.secret(), 1));
            return null;
        });
        assertThat(passwordLogin(enrolled.user()).getPrincipal()).isInstanceOf(AppUser.class);
        assertThat(events.stream(AuditedAction.class)).anyMatch(a -> a.action().equals("TWO_FACTOR_DISABLED"));
    }
}
