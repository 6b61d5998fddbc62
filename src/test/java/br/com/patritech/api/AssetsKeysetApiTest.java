package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** Integrators walk the whole asset table with {@code after=<next>}: every asset exactly once, even while others add. */
@ApiTest
class AssetsKeysetApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Place own;
    long category;
    String admin;
    String gestor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        own = fixtures.newUnit();
        category = fixtures.newCategory("KS");
        admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        gestor = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE))
                .email(), ApiUsers.PASSWORD);
        for (int i = 0; i < 5; i++) {
            register(gestor, "Antes " + i);
        }
    }

    private void register(String token, String name) {
        assertThat(api.post("/api/v1/assets", token, Map.of("name", name, "categoryId", category, "unitId",
                own.unitId(), "acquisitionValue", "10.00", "acquisitionDate", "2025-03-10")).status()).isEqualTo(201);
    }

    @Test
    void walkingTheWholeTableByIdOrTomboReturnsEveryAssetExactlyOnceWhileAssetsAreAdded() {
        for (String first : List.of("/api/v1/assets?size=37", "/api/v1/assets?size=37&sort=tombo,asc",
                "/api/v1/assets?size=37&sort=id,asc", "/api/v1/assets?size=37&sort=tombo,desc")) {
            Set<Long> existing = new HashSet<>(jdbc.queryForList("select id from assets", Long.class));
            List<Long> seen = walk(admin, first, "");
            assertThat(seen).as(first).doesNotHaveDuplicates().containsAll(existing);
        }
    }

    @Test
    void aGestorsWalkStaysInTheirUnits() {
        String inUnit = "select id from assets where unit_id = " + own.unitId();
        List<Long> before = jdbc.queryForList(inUnit, Long.class);
        List<Long> seen = walk(gestor, "/api/v1/assets?size=2&sort=tombo,asc", "");
        assertThat(seen).doesNotHaveDuplicates().containsAll(before)
                .isSubsetOf(jdbc.queryForList(inUnit, Long.class));
    }

    @Test
    void aCursorIsUsedAsItCameAndAlone() {
        String next = api.get("/api/v1/assets?size=1", admin).body().get("next").asString();
        assertThat(api.get("/api/v1/assets?size=1&sort=name,asc", admin).body().get("next").isNull()).isTrue();
        assertField(api.get("/api/v1/assets?after=bm90LWEtY3Vyc29y", admin), "after");
        assertField(api.get("/api/v1/assets?after=" + next + "&page=2", admin), "page");
        assertField(api.get("/api/v1/assets?after=" + next + "&sort=tombo,asc", admin), "sort");
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    /** Follows next from {@code first} to the end, registering an asset after each page. */
    private List<Long> walk(String token, String first, String filters) {
        List<Long> seen = new ArrayList<>();
        JsonNode page = api.get(first + filters, token).body();
        while (true) {
            page.get("content").forEach(row -> seen.add(row.get("id").asLong()));
            register(gestor, "Durante " + seen.size());
            if (page.get("next").isNull()) {
                return seen;
            }
            String after = URLEncoder.encode(page.get("next").asString(), StandardCharsets.UTF_8);
            page = api.get("/api/v1/assets?size=" + page.get("size").asInt() + "&after=" + after + filters, token)
                    .body();
        }
    }
}
