package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Role;

/**
 * A text search matching more than it counts (here more than 2) is listed newest first, or by id, tombo or
 * registration; any other order is refused on {@code sort} with a message saying why (decision 0020), instead of
 * reading most of the table to sort the matches.
 */
@ApiTest
@TestPropertySource(properties = "patritech.assets.search-totals-limit=2")
class BroadSearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    String admin;
    String marker;
    List<Long> registered = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        Place place = fixtures.newUnit();
        long category = fixtures.newCategory("BS");
        admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        marker = "Amplo" + System.nanoTime();
        for (String suffix : List.of("b", "c", "a")) {
            var created = api.post("/api/v1/assets", admin, Map.of("name", marker + " " + suffix, "categoryId",
                    category, "unitId", place.unitId(), "acquisitionValue", "10.00", "acquisitionDate", "2025-03-10"));
            assertThat(created.status()).isEqualTo(201);
            registered.add(created.body().get("id").asLong());
        }
    }

    @Test
    void aBroadSearchSortedByNameIsRefusedNamingTheSortAndSayingWhatWorks() {
        var refused = api.get("/api/v1/assets?q=" + marker + "&sort=name,asc", admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = refused.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("sort");
        assertThat(error.get("message").asString()).contains("Mais de 2 bens", "tombo");
    }

    @Test
    void aBroadSearchIsListedNewestFirstOrByTomboWithItsTotalsMarkedInexact() {
        var newestFirst = api.get("/api/v1/assets?q=" + marker, admin);
        assertThat(newestFirst.status()).isEqualTo(200);
        assertThat(ids(newestFirst.body())).containsExactly(registered.get(2), registered.get(1), registered.get(0));
        assertThat(newestFirst.body().get("totalElementsExact").asBoolean()).isFalse();
        assertThat(newestFirst.body().get("activeValue").isNull()).isTrue();

        var byTombo = api.get("/api/v1/assets?q=" + marker + "&sort=tombo,asc", admin);
        assertThat(byTombo.status()).isEqualTo(200);
        assertThat(ids(byTombo.body())).hasSize(3);
    }

    @Test
    void aNarrowSearchSortsByAnyColumn() {
        var byName = api.get("/api/v1/assets?q=" + marker + "%20a&sort=name,asc", admin);

        assertThat(byName.status()).isEqualTo(200);
        assertThat(ids(byName.body())).containsExactly(registered.get(2));
        assertThat(byName.body().get("totalElementsExact").asBoolean()).isTrue();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }
}
