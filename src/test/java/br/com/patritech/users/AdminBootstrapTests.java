package br.com.patritech.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import br.com.patritech.support.IntegrationTest;

/**
 * Two instances started on an empty database both find no user and both create the first administrator: the
 * second must start anyway (the unique e-mail refuses its copy), not crash at startup.
 */
@IntegrationTest
abstract class AdminBootstrapTests {

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anInstanceThatLosesTheRaceForTheFirstAdministratorStillStarts() {
        String login = "first-admin-" + UUID.randomUUID() + "@example.org";
        // Each instance counted the users before the other committed its administrator: both see none.
        UserRepository countedBeforeTheOtherCommitted = (UserRepository) Proxy.newProxyInstance(
                UserRepository.class.getClassLoader(), new Class<?>[] {UserRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("count") && method.getParameterCount() == 0) {
                        return 0L;
                    }
                    try {
                        return method.invoke(users, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var firstInstance = new AdminBootstrap(countedBeforeTheOtherCommitted, encoder, login, "uma-senha-longa-o-bastante", false);
        var secondInstance = new AdminBootstrap(countedBeforeTheOtherCommitted, encoder, login, "uma-senha-longa-o-bastante", false);

        firstInstance.run(null);
        assertThatCode(() -> secondInstance.run(null)).doesNotThrowAnyException();

        assertThat(users.findByEmail(LoginName.normalize(login))).isPresent();
    }
}
