package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
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

@ApiTest
class TransfersApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    Place origin;
    Place destination;
    long category;
    String admin;
    String sender;
    String receiver;
    String auditor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        origin = fixtures.newUnit();
        destination = fixtures.newUnit();
        category = fixtures.newCategory("TAP");
        admin = token(Role.ADMIN, Set.of());
        sender = token(Role.GESTOR, Set.of(origin.unitId()));
        receiver = token(Role.GESTOR, Set.of(destination.unitId()));
        auditor = token(Role.AUDITOR, Set.of());
    }

    private String token(Role role, Set<Long> units) {
        Set<Permission> flags = role == Role.GESTOR ? EnumSet.of(Permission.ASSET_CREATE, Permission.ASSET_TRANSFER)
                : Set.of();
        return api.token(apiUsers.create(role, units, flags).email(), ApiUsers.PASSWORD);
    }

    private long asset(String name) {
        return api.post("/api/v1/assets", admin, Map.of("name", name, "categoryId", category, "unitId",
                origin.unitId(), "roomId", origin.roomA(), "acquisitionValue", "1500.00")).body().get("id").asLong();
    }

    private ApiClient.Response send(String token, long... assetIds) {
        return api.post("/api/v1/transfers", token, Map.of("assetIds", java.util.Arrays.stream(assetIds).boxed()
                .toList(), "destinationUnitId", destination.unitId(), "reason", "Remanejamento"));
    }

    @Test
    void theSenderCreatesTheReceiverAcceptsAndTheAssetMoves() {
        long id = asset("Notebook API");
        ApiClient.Response guide = send(sender, id);
        assertThat(guide.status()).isEqualTo(201);
        assertThat(guide.body().get("number").asString()).startsWith("GT-");
        assertThat(api.get("/api/v1/assets/" + id, admin).body().get("status").asString()).isEqualTo("EM_TRANSITO");
        String path = guide.header("Location");
        assertThat(api.get("/api/v1/transfers?direction=INCOMING", receiver).body().get("content").get(0).get("id")
                .asLong()).isEqualTo(guide.body().get("id").asLong());

        ApiClient.Response accepted = api.send("POST", path + "/accept", receiver, "application/json",
                "{\"roomId\": " + destination.roomB() + "}", guide.header("ETag"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("status").asString()).isEqualTo("ACEITA");
        var moved = api.get("/api/v1/assets/" + id, receiver).body();
        assertThat(moved.get("unitId").asLong()).isEqualTo(destination.unitId());
        assertThat(moved.get("status").asString()).isEqualTo("ATIVO");
        assertThat(api.get("/api/v1/assets/" + id + "/history", receiver).body()).extracting(e -> e.get("type")
                .asString()).startsWith("TRANSFER_ACCEPTED", "TRANSFER_SENT");

        ApiClient.Response late = api.send("POST", path + "/cancel", sender, null, null, guide.header("ETag"));
        assertThat(late.status()).isEqualTo(412);
    }

    @Test
    void scopeAndFlagsDecideWhoMayDoWhat() {
        long id = asset("Projetor API");
        assertThat(send(receiver, id).status()).isEqualTo(404);
        assertThat(send(auditor, id).status()).isEqualTo(403);
        String path = send(sender, id).header("Location");
        String stranger = token(Role.GESTOR, Set.of(fixtures.newUnit().unitId()));
        assertThat(api.get(path, stranger).status()).isEqualTo(404);
        assertThat(api.post(path + "/accept", stranger, Map.of()).status()).isEqualTo(404);
        assertThat(api.post(path + "/accept", sender, Map.of()).status()).isEqualTo(403);
        assertThat(api.post(path + "/cancel", receiver, null).status()).isEqualTo(403);
        assertThat(api.post(path + "/refuse", auditor, Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.get(path, auditor).status()).isEqualTo(200);
        ApiClient.Response noReason = api.post(path + "/refuse", receiver, Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.post(path + "/refuse", receiver, Map.of("reason", "Sem espaço")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/assets/" + id, admin).body().get("unitId").asLong()).isEqualTo(origin.unitId());
    }

    @Test
    void anAssetInAPendingGuideCannotGoOnAnotherAndTheOneStepMoveStaysInItsUnit() {
        long id = asset("Geladeira API");
        ApiClient.Response oneStep = api.post("/api/v1/assets/" + id + "/transfer", admin,
                Map.of("unitId", destination.unitId()));
        assertThat(oneStep.status()).isEqualTo(400);
        assertThat(oneStep.body().get("errors").get(0).get("field").asString()).isEqualTo("unitId");
        assertThat(oneStep.body().get("detail").asString()).contains("guia de transferência");
        assertThat(send(sender, id).status()).isEqualTo(201);
        ApiClient.Response again = send(admin, id);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("detail").asString()).contains("trânsito");
        assertThat(api.get("/api/v1/transfers?direction=OUTGOING&unitId=" + origin.unitId(), sender).body()
                .get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void thePrintedGuideIsAPdfNamedAfterItsNumber() {
        ApiClient.Response guide = send(sender, asset("Cadeira API"));
        ApiClient.Response pdf = api.get(guide.header("Location") + "/pdf", receiver);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains(guide.body().get("number").asString() + ".pdf");
        assertThat(pdf.raw().body()).startsWith("%PDF");
        assertThat(List.of(api.get("/api/v1/transfers/999999999/pdf", admin).status())).containsExactly(404);
    }
}
