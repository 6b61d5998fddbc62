package br.com.patritech.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

    private static final String SECRET = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static MockEnvironment prod() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        return env;
    }

    @Test
    void prodWithoutDatabaseOrSecretRefusesToStartNamingWhatIsMissing() {
        assertThatThrownBy(() -> ProductionSettingsCheck.verify(prod()))
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("PATRITECH_JWT_SECRET");
    }

    @Test
    void prodRefusesH2AndShortSecrets() {
        MockEnvironment env = prod()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/x")
                .withProperty("spring.datasource.username", "sa")
                .withProperty("patritech.jwt.secret", "c2hvcnQ=");
        assertThat(ProductionSettingsCheck.problems(env)).hasSize(2);
    }

    @Test
    void prodWithPostgresAndSecretStarts() {
        MockEnvironment env = prod()
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/patritech")
                .withProperty("spring.datasource.username", "patritech")
                .withProperty("patritech.jwt.secret", SECRET);
        assertThatCode(() -> ProductionSettingsCheck.verify(env)).doesNotThrowAnyException();
    }

    @Test
    void developmentNeedsNothing() {
        assertThatCode(() -> ProductionSettingsCheck.verify(new MockEnvironment())).doesNotThrowAnyException();
    }
}
