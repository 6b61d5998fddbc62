package br.com.patritech.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import br.com.patritech.base.Cpf;
import br.com.patritech.security.PasswordPolicy;
import br.com.patritech.security.RandomPasswords;
import br.com.patritech.security.Role;

/**
 * Creates the first administrator when no user exists: from PATRITECH_ADMIN_USERNAME/PASSWORD, or, with demo
 * data, a demo administrator whose random password is printed once. There is no built-in password.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    static final String DEMO_ADMIN_EMAIL = "admin@patritech.demo";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;
    private final boolean demoData;

    AdminBootstrap(UserRepository users, PasswordEncoder encoder,
                   @Value("${patritech.admin.username:}") String username,
                   @Value("${patritech.admin.password:}") String password,
                   @Value("${patritech.demo-data:false}") boolean demoData) {
        this.users = users;
        this.encoder = encoder;
        this.username = username.trim();
        this.password = password;
        this.demoData = demoData;
    }

    /**
     * Not one transaction: the insert commits on its own, so that an instance that lost the race (another instance
     * started on the same empty database created the administrator after our count) sees the unique key refuse its
     * copy and starts anyway.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!username.isEmpty()) {
            PasswordPolicy.violation(password).ifPresent(key -> {
                throw new IllegalStateException("PATRITECH_ADMIN_PASSWORD must have at least "
                        + PasswordPolicy.MIN_LENGTH + " characters (and not be trivially simple)");
            });
            if (createAdmin("Administrador", username, password)) {
                log.info("Created the first administrator '{}' from PATRITECH_ADMIN_USERNAME.", username);
            }
        } else if (demoData) {
            String generated = RandomPasswords.generate();
            if (!createAdmin("Administrador Demo", DEMO_ADMIN_EMAIL, generated)) {
                return; // the other instance printed its password
            }
            log.warn("""

                    ==================================================================
                     PATRI-TECH demo administrator (shown only this once)
                       login:    {}
                       password: {}
                     Set PATRITECH_ADMIN_USERNAME/PASSWORD to choose your own instead.
                    ==================================================================""", DEMO_ADMIN_EMAIL, generated);
        } else {
            log.warn("No user exists and PATRITECH_ADMIN_USERNAME/PATRITECH_ADMIN_PASSWORD are not set: "
                    + "nobody can log in. Set them and restart.");
        }
    }

    /** True when this instance created it; false when another instance did so first. */
    private boolean createAdmin(String name, String login, String rawPassword) {
        User admin = new User(name, Role.ADMIN, encoder.encode(rawPassword));
        String normalized = LoginName.normalize(login);
        if (LoginName.isCpf(normalized)) {
            if (!Cpf.isValid(normalized)) {
                throw new IllegalStateException("PATRITECH_ADMIN_USERNAME is neither an e-mail nor a valid CPF");
            }
            admin.setCpf(normalized);
        } else if (normalized.contains("@")) {
            admin.setEmail(normalized);
        } else {
            throw new IllegalStateException("PATRITECH_ADMIN_USERNAME must be an e-mail or a CPF");
        }
        try {
            users.saveAndFlush(admin);
            return true;
        } catch (DataIntegrityViolationException otherInstanceWasFirst) {
            log.info("Another instance created the first administrator '{}' at the same time; keeping that one.", login);
            return false;
        }
    }
}
