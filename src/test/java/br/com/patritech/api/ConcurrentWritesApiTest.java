package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.security.Role;
import br.com.patritech.support.TestUsers;

/**
 * Racing writes over real HTTP: two changes with the same If-Match give one 200 and one 412; simultaneous
 * creations of the same unique value give one 201 and 409s naming the field. Never a 500.
 */
@ApiTest
class ConcurrentWritesApiTest {

    private static final int PAIRS = 30;
    private static final int RACERS = 6;

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    String admin;
    Place place;
    long category;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        place = fixtures.newUnit();
        category = fixtures.newCategory("RACE");
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void twoChangesWithTheSameIfMatchGiveOne200AndOne412() throws Exception {
        Map<String, Object> asset = Map.of("name", "Disputado", "categoryId", category, "unitId", place.unitId(),
                "roomId", place.roomA(), "acquisitionValue", "99.90", "acquisitionDate", "2025-01-02");
        List<String> wrong = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            ApiClient.Response created = api.post("/api/v1/assets", admin, asset);
            String path = created.header("Location");
            String etag = created.header("ETag");
            Map<String, Object> replaced = new java.util.HashMap<>(asset);
            replaced.put("name", "Pelo PUT");
            List<ApiClient.Response> answers = race(List.of(
                    () -> api.put(path, admin, etag, replaced),
                    () -> api.patch(path, admin, etag, Map.of("name", "Pelo PATCH"))));
            List<Integer> statuses = answers.stream().map(ApiClient.Response::status).sorted().toList();
            boolean problemLoser = answers.stream().filter(r -> r.status() == 412)
                    .allMatch(r -> r.contentType().startsWith("application/problem+json"));
            if (!statuses.equals(List.of(200, 412)) || !problemLoser) {
                wrong.add("pair " + pair + ": " + statuses + " " + answers.stream().map(ApiClient.Response::body).toList());
            }
        }
        assertThat(wrong).as("pairs without exactly one winner and one 412").isEmpty();
    }

    @Test
    void sameUnitCodeAtOnceIsOne201AndConflictsNamingCode() throws Exception {
        String code = "R-" + System.nanoTime() % 1_000_000;
        assertOneCreatedOthersConflict(i -> api.post("/api/v1/units", admin,
                Map.of("code", code, "name", "Unidade " + i, "active", true)), "code");
    }

    @Test
    void sameCpfAtOnceIsOne201AndConflictsNamingCpf() throws Exception {
        String cpf = TestUsers.randomCpf();
        assertOneCreatedOthersConflict(i -> api.post("/api/v1/users", admin, Map.of("name", "Pessoa " + i,
                "cpf", cpf, "role", "AUDITOR", "unitIds", Set.of(), "permissions", Set.of())), "cpf");
    }

    @Test
    void sameRoomNameAtOnceIsOne201AndConflictsNamingName() throws Exception {
        String name = "Sala " + System.nanoTime();
        assertOneCreatedOthersConflict(i -> api.post("/api/v1/rooms", admin,
                Map.of("unitId", place.unitId(), "name", name)), "name");
    }

    @Test
    void sameCategoryNameAtOnceIsOne201AndConflictsNamingName() throws Exception {
        String name = "Categoria " + System.nanoTime();
        assertOneCreatedOthersConflict(i -> api.post("/api/v1/categories", admin,
                Map.of("name", name, "tomboPrefix", "C")), "name");
    }

    private void assertOneCreatedOthersConflict(Function<Integer, ApiClient.Response> create, String field)
            throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<Callable<ApiClient.Response>> racers = new ArrayList<>();
            int salt = round * RACERS;
            for (int i = 0; i < RACERS; i++) {
                int n = salt + i;
                racers.add(() -> create.apply(n));
            }
            List<ApiClient.Response> answers = race(racers);
            long created = answers.stream().filter(r -> r.status() == 201).count();
            boolean othersConflict = answers.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409
                    && r.contentType().startsWith("application/problem+json")
                    && r.body().path("errors").findValuesAsString("field").contains(field));
            if (created != (round == 0 ? 1 : 0) || !othersConflict) {
                wrong.add("round " + round + ": " + answers.stream().map(r -> r.status() + " " + r.body()).toList());
            }
        }
        assertThat(wrong).as("racing creations not answered 201 once and 409 naming " + field).isEmpty();
    }

    /** Starts the calls together (as far as threads allow) and returns their answers in order. */
    private List<ApiClient.Response> race(List<Callable<ApiClient.Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (Callable<ApiClient.Response> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<ApiClient.Response> answers = new ArrayList<>();
        for (Future<ApiClient.Response> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }
}
