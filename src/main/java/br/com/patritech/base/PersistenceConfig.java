package br.com.patritech.base;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration
@EnableJpaAuditing
class PersistenceConfig {

    /** Audit columns record the login of whoever is authenticated, or "sistema" for start-up jobs. */
    @Bean
    AuditorAware<String> auditorAware() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
                return Optional.of("sistema");
            }
            return Optional.of(auth.getName());
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
