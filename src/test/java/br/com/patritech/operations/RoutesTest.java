package br.com.patritech.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Routes in logs and on the operator's page never carry ids, CPFs, e-mails or query strings. */
class RoutesTest {

    @Test
    void identifyingSegmentsAndQueriesAreRemovedAndTheShapeStays() {
        assertThat(Routes.of("GET", "/api/v1/assets/123")).isEqualTo("GET /api/v1/assets/{id}");
        assertThat(Routes.template("/usuarios/529.982.247-25")).isEqualTo("/usuarios/{id}");
        assertThat(Routes.template("/busca/maria%40example.org?cpf=52998224725")).isEqualTo("/busca/{id}");
        assertThat(Routes.template("/users/ana@example.org;jsessionid=abc")).isEqualTo("/users/{id}");
        assertThat(Routes.template("bens/NB-000042")).isEqualTo("/bens/{id}");
        assertThat(Routes.template("/login")).isEqualTo("/login");
        assertThat(Routes.template(null)).isEqualTo("/");
    }
}
