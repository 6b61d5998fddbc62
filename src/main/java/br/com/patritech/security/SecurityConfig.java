package br.com.patritech.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;


@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** The browser UI: every Vaadin route needs a login except the login view itself. */
    @Bean
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, AccountLookup accounts, LoginViewSource login) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.headers(SecurityHeaders.common())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.UI_POLICY)));
        http.addFilterAfter(new SessionUserRefreshFilter(accounts), SecurityContextHolderAwareRequestFilter.class);
        // Unknown addresses reach Vaadin (for a logged-in user) so it shows the translated not-found page
        // instead of Spring's empty 403; anonymous requests still go to the login.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(login.loginView())
                .anyRequest(any -> any.authenticated())).build();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
