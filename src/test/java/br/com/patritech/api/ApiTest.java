package br.com.patritech.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port (H2 unless {@code @OnPostgres}, demo data), for tests that call the API over
 * HTTP.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patritech.api.token-requests-per-minute=100000",
                // every test client is 127.0.0.1: its failures add up across test classes
                "patritech.login.max-failures-per-address=100000"})
@ActiveProfiles("test")
@ExtendWith(ContextSecurityStrategy.class)
@interface ApiTest {
}
