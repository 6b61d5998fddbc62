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

import br.com.patritech.base.Cpf;
import br.com.patritech.security.AppUser;
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

    private Authentication login(String login, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
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
}
