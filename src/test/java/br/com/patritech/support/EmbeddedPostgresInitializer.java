package br.com.patritech.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** One real PostgreSQL server per test JVM, shared by every {@link OnPostgres} test context. */
class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres server = server();
        TestPropertyValues.of(
                "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres").applyTo(context);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (System.getProperty("benchmark.assets") != null) { // the benchmark reports SQL time per request
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                // -Dbenchmark.pg-dir=DIR keeps the benchmark's database: loading 1,000,000 assets takes minutes, and
                // BulkAssets loads nothing when BULK assets exist (as PackagedApp does for the browser benchmark)
                String keep = System.getProperty("benchmark.pg-dir", "");
                if (!keep.isBlank()) {
                    builder.setDataDirectory(java.nio.file.Path.of(keep)).setCleanDataDirectory(false);
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return postgres;
    }
}
