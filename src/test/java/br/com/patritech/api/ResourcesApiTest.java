package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService.UserSummary;

/** Units, rooms, categories, users, dashboard and me for each role. */
@ApiTest
class ResourcesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    Place own;
    Place other;
    String admin;
    String gestor;
    String userManager;
    String auditor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        admin = login(apiUsers.create(Role.ADMIN, Set.of(), Set.of()));
        gestor = login(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ROOM_MANAGE)));
        userManager = login(apiUsers.create(Role.GESTOR, Set.of(own.unitId()),
                EnumSet.of(Permission.USER_MANAGE, Permission.ASSET_CREATE)));
        auditor = login(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()));
    }

    private String login(UserSummary user) {
        return api.token(user.email(), ApiUsers.PASSWORD);
    }

    @Test
    void gestorSeesOnlyTheirUnitsAndRooms() {
        assertThat(api.get("/api/v1/units", gestor).body().findValuesAsString("code")).containsExactly(own.unitCode());
        assertThat(api.get("/api/v1/units/" + other.unitId(), gestor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/rooms", gestor).body().findValues("unitId")).allSatisfy(
                id -> assertThat(id.asLong()).isEqualTo(own.unitId()));
        assertThat(api.get("/api/v1/rooms?unitId=" + other.unitId(), gestor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/rooms/" + other.roomA(), gestor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/units", auditor).body().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyAdministratorsCreateUnitsAndRoomManagersCreateRoomsInTheirUnits() {
        Map<String, Object> unit = Map.of("code", "API-" + System.nanoTime() % 100000, "name", "Unidade API",
                "active", true);
        assertThat(api.post("/api/v1/units", gestor, unit).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/units", auditor, unit).status()).isEqualTo(403);
        ApiClient.Response created = api.post("/api/v1/units", admin, unit);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/units", admin, unit).status()).isEqualTo(409);

        assertThat(api.post("/api/v1/rooms", gestor, Map.of("unitId", own.unitId(), "name", "Sala API")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/rooms", gestor, Map.of("unitId", other.unitId(), "name", "Sala API")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/rooms", auditor, Map.of("unitId", own.unitId(), "name", "Outra")).status())
                .isEqualTo(403);
    }

    @Test
    void unitUpdateHonoursIfMatch() {
        ApiClient.Response unit = api.get("/api/v1/units/" + own.unitId(), admin);
        Map<String, Object> form = Map.of("code", own.unitCode(), "name", "Renomeada", "active", true);
        assertThat(api.put("/api/v1/units/" + own.unitId(), admin, null, form).status()).isEqualTo(428);
        assertThat(api.put("/api/v1/units/" + own.unitId(), admin, unit.header("ETag"), form).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/units/" + own.unitId(), admin, unit.header("ETag"), form).status()).isEqualTo(412);
    }

    @Test
    void categoriesAreReadByAllAndChangedOnlyWithTheFlag() {
        assertThat(api.get("/api/v1/categories", auditor).status()).isEqualTo(200);
        Map<String, Object> category = Map.of("name", "Cat API " + System.nanoTime(), "tomboPrefix", "CA");
        assertThat(api.post("/api/v1/categories", gestor, category).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/categories", admin, category).status()).isEqualTo(201);
    }

    @Test
    void usersAreForAdministratorsAndUserManagersWithoutEscalation() {
        assertThat(api.get("/api/v1/users", auditor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users", gestor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users", userManager).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users", admin).body().get("totalElements").asLong()).isGreaterThan(3);

        Map<String, Object> asAdmin = Map.of("name", "Escalada", "cpf", TestUsers.randomCpf(), "role", "ADMIN",
                "unitIds", Set.of(), "permissions", Set.of());
        assertThat(api.post("/api/v1/users", userManager, asAdmin).status()).isEqualTo(403);
        Map<String, Object> otherUnit = Map.of("name", "Outra unidade", "cpf", TestUsers.randomCpf(), "role", "GESTOR",
                "unitIds", Set.of(other.unitId()), "permissions", Set.of());
        assertThat(api.post("/api/v1/users", userManager, otherUnit).status()).isEqualTo(403);
        Map<String, Object> ok = Map.of("name", "Colega", "cpf", TestUsers.randomCpf(), "role", "GESTOR",
                "unitIds", Set.of(own.unitId()), "permissions", Set.of("ASSET_CREATE"));
        ApiClient.Response created = api.post("/api/v1/users", userManager, ok);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("password").asString()).hasSize(16);
        ApiClient.Response badCpf = api.post("/api/v1/users", admin, Map.of("name", "X", "cpf", "111.111.111-11",
                "role", "AUDITOR", "unitIds", Set.of(), "permissions", Set.of()));
        assertThat(badCpf.status()).isEqualTo(400);
        assertThat(badCpf.body().get("errors").findValuesAsString("field")).contains("cpf");
    }

    @Test
    void dashboardAndMeAreScopedToTheCaller() {
        ApiClient.Response me = api.get("/api/v1/me", gestor);
        assertThat(me.body().get("role").asString()).isEqualTo("GESTOR");
        assertThat(me.body().get("unitIds").get(0).asLong()).isEqualTo(own.unitId());
        ApiClient.Response dashboard = api.get("/api/v1/dashboard", gestor);
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body().get("units").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/dashboard", admin).body().get("units").asLong()).isGreaterThan(1);
    }
}
