package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** An integrator reads the token owner's notifications and marks them read; another user's is 404. */
@ApiTest
class NotificationsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    @Test
    void theReceiverOfAGuideReadsItsNotificationAndMarksItRead() {
        ApiClient api = new ApiClient(port);
        Place origin = fixtures.newUnit();
        Place destination = fixtures.newUnit();
        long category = fixtures.newCategory("NAP");
        String admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        String receiver = api.token(apiUsers.create(Role.GESTOR, Set.of(destination.unitId()),
                EnumSet.of(Permission.ASSET_TRANSFER)).email(), ApiUsers.PASSWORD);
        String other = api.token(apiUsers.create(Role.GESTOR, Set.of(origin.unitId()),
                EnumSet.of(Permission.ASSET_TRANSFER)).email(), ApiUsers.PASSWORD);
        long asset = api.post("/api/v1/assets", admin, Map.of("name", "Fogão", "categoryId", category, "unitId",
                origin.unitId(), "acquisitionValue", "700.00")).body().get("id").asLong();
        ApiClient.Response guide = api.post("/api/v1/transfers", admin, Map.of("assetIds", List.of(asset),
                "destinationUnitId", destination.unitId(), "reason", "Cozinha nova"));

        ApiClient.Response list = api.get("/api/v1/notifications", receiver);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("totalElements").asLong()).isEqualTo(1);
        var item = list.body().get("content").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("TRANSFER_TO_ACCEPT");
        assertThat(item.get("subject").asString()).isEqualTo(guide.body().get("number").asString());
        assertThat(item.get("link").asString()).isEqualTo("transferencias/" + guide.body().get("id").asLong());
        assertThat(api.get("/api/v1/notifications/unread-count", receiver).body().get("unread").asLong()).isEqualTo(1);

        String read = "/api/v1/notifications/" + item.get("id").asLong() + "/read";
        assertThat(api.post(read, other, null).status()).isEqualTo(404);
        ApiClient.Response marked = api.post(read, receiver, null);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body().get("unread").asLong()).isZero();
        assertThat(api.post("/api/v1/notifications/read-all", receiver, null).body().get("marked").asInt()).isZero();
        assertThat(api.get("/api/v1/notifications?size=500", receiver).status()).isEqualTo(400);
    }
}
