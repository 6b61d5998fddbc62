package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** What a collector app sees: open, read (once per tombo), freeze, labels, close, and the refusals. */
@ApiTest
class InventoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    @Test
    void aCollectorOpensReadsOnceAndCloses() {
        ApiClient api = new ApiClient(port);
        Place own = fixtures.newUnit();
        Place other = fixtures.newUnit();
        long category = fixtures.newCategory("API");
        var gestorUser = apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.INVENTORY_MANAGE,
                Permission.ASSET_CREATE, Permission.ASSET_TRANSFER));
        String gestor = api.token(gestorUser.email(), ApiUsers.PASSWORD);
        String plain = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE))
                .email(), ApiUsers.PASSWORD);
        var asset = api.post("/api/v1/assets", gestor, Map.of("name", "Mesa", "categoryId", category, "unitId",
                own.unitId(), "roomId", own.roomA(), "acquisitionValue", "100.00"));
        String tombo = asset.body().get("tombo").asString();
        Map<String, Object> form = Map.of("name", "Inventário 2026", "unitIds", Set.of(own.unitId()),
                "startsOn", LocalDate.now().toString(), "committee", Set.of(gestorUser.id()));

        assertThat(api.post("/api/v1/inventory/campaigns", plain, form).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/inventory/campaigns", gestor, Map.of("name", "Outra", "unitIds",
                Set.of(other.unitId()), "startsOn", LocalDate.now().toString(), "committee", Set.of(gestorUser.id())))
                .status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/inventory/campaigns", gestor, "application/json", "{\"name\":", null)
                .status()).isEqualTo(400);
        var campaign = api.post("/api/v1/inventory/campaigns", gestor, form);
        assertThat(campaign.status()).isEqualTo(201);
        String path = campaign.header("Location");

        var moved = api.post(asset.header("Location") + "/transfer", gestor, Map.of("unitId", own.unitId(),
                "roomId", own.roomB()));
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body().get("detail").asString()).contains("Inventário 2026");

        var first = api.post(path + "/reads", gestor, Map.of("roomId", own.roomA(), "code", tombo.toLowerCase()));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("result").asString()).isEqualTo("FOUND");
        assertThat(first.body().get("repeated").asBoolean()).isFalse();
        var again = api.post(path + "/reads", gestor, Map.of("roomId", own.roomB(), "code", tombo));
        assertThat(again.body().get("repeated").asBoolean()).isTrue();
        assertThat(again.body().get("result").asString()).isEqualTo("FOUND");
        assertThat(api.post(path + "/reads", gestor, Map.of("roomId", other.roomA(), "code", tombo)).status())
                .isEqualTo(404);
        var bad = api.post(path + "/reads", gestor, Map.of("roomId", own.roomA(), "code", "##"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("code").doesNotContain("tombo\"");
        var progress = api.get(path + "/progress", gestor);
        assertThat(progress.body().get(0).get("found").asLong()).isEqualTo(1);

        var labels = api.get("/api/v1/inventory/labels?roomId=" + own.roomA() + "&layout=A4_2X7&start=14", gestor);
        assertThat(labels.status()).isEqualTo(200);
        assertThat(labels.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(labels.raw().body()).startsWith("%PDF");
        assertThat(api.get("/api/v1/inventory/labels?roomId=" + own.roomA() + "&layout=A4_2X7&start=15", gestor)
                .status()).isEqualTo(400);
        assertThat(api.get("/api/v1/inventory/labels?unitId=" + other.unitId(), gestor).status()).isEqualTo(404);

        assertThat(api.send("POST", path + "/close", gestor, "application/json", "{}", "\"99\"").status())
                .isEqualTo(412);
        var closed = api.post(path + "/close", gestor, Map.of());
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.post(asset.header("Location") + "/transfer", gestor, Map.of("unitId", own.unitId(),
                "roomId", own.roomB())).status()).isEqualTo(200);
    }
}
