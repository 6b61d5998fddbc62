package br.com.patritech.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import br.com.patritech.base.Cpf;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.LoginAttemptService;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService.UserSummary;

/** Login rules; run on H2 and on PostgreSQL by the subclasses. */
@IntegrationTest
abstract class PasswordAuthenticationTests {

    @Autowired
    PasswordAuthenticationProvider provider;

    @Autowired
    TestUsers testUsers;

    @Autowired
    LoginAttemptService loginAttempts;

    @Autowired
    UserService userService;

    private Authentication login(String login, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    /** A login typed into the form or the API by a client at {@code address}. */
    private Authentication loginFrom(String address, String login, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    @Test
    void logsInWithCpfWithOrWithoutPunctuation() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        assertThat(((AppUser) login(Cpf.format(user.cpf()), TestUsers.PASSWORD).getPrincipal()).id()).isEqualTo(user.id());
        assertThat(((AppUser) login(user.cpf(), TestUsers.PASSWORD).getPrincipal()).id()).isEqualTo(user.id());
    }

    @Test
    void logsInWithEmailInAnyCase() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        Authentication auth = login(user.email().toUpperCase(), TestUsers.PASSWORD);
        assertThat(auth.getAuthorities()).extracting(Object::toString).contains("ROLE_AUDITOR");
    }

    @Test
    void userCreatedBySomeoneElseMustChangePassword() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        assertThat(((AppUser) login(user.email(), TestUsers.PASSWORD).getPrincipal()).mustChangePassword()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(user.email(), "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(user.email(), "wrong-password-123")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> login(user.email(), TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void unknownLoginsLockLikeRealOnesSoTheAnswerRevealsNothing() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("ninguem@nada.gov.br", "wrong-password-123"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("ninguem@nada.gov.br", "wrong-password-123")).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(user.email(), "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
        }
        login(user.email(), TestUsers.PASSWORD);
        assertThatThrownBy(() -> login(user.email(), "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theEmailAndTheCpfOfOneAccountShareOneCountOfFiveFailures() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login(user.email(), "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(user.cpf(), "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(Cpf.format(user.cpf()), "wrong-password-123"))
                .as("fifth failure, typed as a formatted CPF").isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> login(user.email(), TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> login(user.cpf(), TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void aLoginOfAnyLengthIsJustWrong() {
        for (int length : new int[] {199, 254, 255, 1_000, 20_000}) {
            String typed = "a".repeat(length - "@teste.gov.br".length()) + "@teste.gov.br";
            assertThatThrownBy(() -> login(typed, "wrong-password-123")).as("login of %d characters", length)
                    .isInstanceOf(BadCredentialsException.class);
        }
        String digits = "1".repeat(300);
        assertThatThrownBy(() -> login(digits, "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressButNoOtherClient() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        String attacker = "192.0.2." + (System.nanoTime() % 200 + 1);
        int limit = loginAttempts.maxFailuresPerAddress();
        // Each login guessed fewer than 5 times, so no per-account lock: only the address count can stop this.
        for (int i = 0; i < limit - 1; i++) {
            String guessed = "alvo" + i + "-" + attacker + "@teste.gov.br";
            assertThatThrownBy(() -> loginFrom(attacker, guessed, "Senha123456!")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> loginFrom(attacker, "ultimo-" + attacker + "@teste.gov.br", "Senha123456!"))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> loginFrom(attacker, user.email(), TestUsers.PASSWORD))
                .as("even a right password from the locked address").isInstanceOf(LockedException.class);
        assertThat(loginFrom("198.51.100.23", user.email(), TestUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aPasswordResetLiftsTheLockWhicheverLoginLockedIt() {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        for (int i = 0; i < LoginAttemptService.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> login(Cpf.format(user.cpf()), "wrong-password-123"))
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        }
        assertThatThrownBy(() -> login(user.email(), TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
        String issued = SystemUser.call(() -> userService.resetPassword(user.id(), user.version())).password();
        assertThat(login(user.email(), issued).isAuthenticated()).isTrue();
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        UserSummary user = testUsers.create(Role.AUDITOR, Set.of(), Set.of());
        String address = "192.0.2.250";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Class<?>>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < LoginAttemptService.MAX_FAILURES; i++) {
            String typed = i % 2 == 0 ? user.email() : user.cpf();
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    loginFrom(address, typed, "wrong-password-123");
                    return null;
                } catch (RuntimeException e) {
                    return e.getClass();
                }
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<Class<?>> outcome : outcomes) {
            assertThat(outcome.get()).isIn(BadCredentialsException.class, LockedException.class);
        }
        pool.shutdown();
        assertThatThrownBy(() -> login(user.email(), TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
    }
}
