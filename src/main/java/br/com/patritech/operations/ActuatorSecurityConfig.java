package br.com.patritech.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The actuator: health and info for everyone (load balancers, deploy.sh), everything else (Prometheus) only to
 * the machine itself. The client address is the one Tomcat resolved through PATRITECH_TRUSTED_PROXIES, so a
 * request that nginx forwards for an outside client is outside, whoever connected. Refusals are a bare 404.
 */
@Configuration
class ActuatorSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().access(localMachineOnly()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> notFound(response))
                        .accessDeniedHandler((request, response, ex) -> notFound(response)));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> localMachineOnly() {
        return (authentication, context) -> new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));
    }

    static boolean isLoopback(String address) {
        if (address == null || !(address.indexOf(':') >= 0 || address.matches("[0-9.]+"))) {
            return false;  // only IP literals: never a DNS lookup
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
