package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import br.com.patritech.security.Role;

/** The first administrator is created with an e-mail and no CPF: the account can still be edited. */
@ApiTest
class AccountWithoutCpfApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Test
    void anAccountWithoutCpfCanBeUpdatedAndKeepsNoCpf() {
        ApiClient api = new ApiClient(port);
        String admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        JsonNode first = api.get("/api/v1/users?q=admin@patritech.demo", admin).body().get("content").get(0);
        assertThat(first.get("cpf").isNull()).as("the demo administrator has no CPF").isTrue();
        String path = "/api/v1/users/" + first.get("id").asLong();
        String etag = api.get(path, admin).header("ETag");

        ApiClient.Response updated = api.put(path, admin, etag, Map.of("name", "Administração Central",
                "email", first.get("email").asString(), "phone", "(61) 3333-4444", "role", "ADMIN",
                "unitIds", Set.of(), "permissions", Set.of()));

        assertThat(updated.status()).as(String.valueOf(updated.body())).isEqualTo(200);
        assertThat(updated.body().get("name").asString()).isEqualTo("Administração Central");
        assertThat(updated.body().get("cpf").isNull()).isTrue();
    }

    @Test
    void anAccountThatHasACpfCannotLoseIt() {
        ApiClient api = new ApiClient(port);
        String admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        var auditor = apiUsers.create(Role.AUDITOR, Set.of(), Set.of());
        String path = "/api/v1/users/" + auditor.id();
        ApiClient.Response refused = api.put(path, admin, api.get(path, admin).header("ETag"), Map.of("name",
                auditor.name(), "email", auditor.email(), "role", "AUDITOR", "unitIds", Set.of(), "permissions", Set.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("field")).contains("cpf");
    }
}
