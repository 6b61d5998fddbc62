package br.com.patritech.api;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import br.com.patritech.security.AccountLookup;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.SecurityHeaders;
import br.com.patritech.security.TokenService;

/**
 * The stateless /api chain, separate from the Vaadin UI chain: bearer JWTs only, no session, no CSRF, CORS only
 * for PATRITECH_CORS_ORIGINS. Token endpoints and the OpenAPI document are open; everything else needs a token
 * of an active user whose credentials have not changed since it was issued.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccountLookup accounts, ProblemResponses problems,
                                       @Value("${patritech.cors.origins:}") String corsOrigins) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(cors(corsOrigins)))
                .headers(SecurityHeaders.common())
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/**", "/api/openapi.json", "/api/openapi.json/**",
                                "/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(principal(accounts)))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    /** Swagger UI runs scripts and styles of its own; every other /api answer is data that loads nothing. */
    private static HeaderWriter contentSecurityPolicy() {
        RequestMatcher docs = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/docs"),
                PathPatternRequestMatcher.pathPattern("/api/docs/**"),
                PathPatternRequestMatcher.pathPattern("/api/swagger-ui/**"));
        return (request, response) -> response.setHeader("Content-Security-Policy",
                docs.matches(request) ? SecurityHeaders.API_DOCS_POLICY : SecurityHeaders.API_POLICY);
    }

    /** The token's subject and generation must still match an active account; its rights are read fresh. */
    private static Converter<Jwt, AbstractAuthenticationToken> principal(AccountLookup accounts) {
        return jwt -> {
            Number generation = jwt.getClaim(TokenService.GENERATION_CLAIM);
            AppUser user = accounts.principal(Long.parseLong(jwt.getSubject()),
                            generation == null ? -1 : generation.intValue())
                    .orElseThrow(() -> new InvalidBearerTokenException("Token no longer valid"));
            return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.authorities());
        };
    }

    private static UrlBasedCorsConfigurationSource cors(String origins) {
        CorsConfiguration config = new CorsConfiguration();
        List<String> allowed = Arrays.stream(origins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        config.setAllowedOrigins(allowed);
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Accept-Language"));
        config.setExposedHeaders(List.of("ETag", "Location"));
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
