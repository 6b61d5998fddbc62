package br.com.patritech.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.assets.AssetStatistics;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.OnPostgres;

/**
 * Times the asset list, search, totals and dashboard on PostgreSQL with many assets. Not a test: it asserts
 * nothing and prints medians to target/benchmark-results.txt. Run: {@code ./mvnw verify -Pbenchmark
 * -Dbenchmark.assets=1000000} (default 200000).
 */
@SpringBootTest(properties = "patritech.bulk-assets=${benchmark.assets:200000}")
@ActiveProfiles("test")
@OnPostgres
class AssetQueriesBenchmark {

    private static final int RUNS = 7;

    @Autowired
    AssetService assets;

    @Autowired
    AssetStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() throws IOException {
        jdbc.execute("analyze");
        AppUser admin = new AppUser(0, "Benchmark", "benchmark", Role.ADMIN, Set.of(), Set.of(), false);
        long unitId = jdbc.queryForObject("select min(id) from units", Long.class);
        AppUser gestor = new AppUser(0, "Benchmark", "benchmark", Role.GESTOR, Set.of(unitId), Set.of(), false);
        long total = jdbc.queryForObject("select count(*) from assets", Long.class);
        List<String> lines = new ArrayList<>();
        lines.add("PATRI-TECH asset queries on PostgreSQL, " + total + " assets, median of " + RUNS + " runs (ms)");
        var byTombo = List.of(new AssetSort(AssetSortKey.TOMBO, true));
        lines.add(time("first page, no filter, by tombo", admin, () -> assets.find(AssetFilter.all(), byTombo, 0, 50)));
        lines.add(time("page 200, no filter, by tombo", admin, () -> assets.find(AssetFilter.all(), byTombo, 10_000, 50)));
        lines.add(time("first page, by value desc", admin,
                () -> assets.find(AssetFilter.all(), List.of(new AssetSort(AssetSortKey.VALUE, false)), 0, 50)));
        lines.add(time("search 'notebook 12' (name contains)", admin,
                () -> assets.find(AssetFilter.all().withSearch("notebook 12"), byTombo, 0, 50)));
        lines.add(time("search '0123456' (tombo contains)", admin,
                () -> assets.find(AssetFilter.all().withSearch("0123456"), byTombo, 0, 50)));
        lines.add(time("unit + status filter page", admin,
                () -> assets.find(AssetFilter.all().withUnit(unitId).withStatus(AssetStatus.ATIVO), byTombo, 0, 50)));
        lines.add(time("gestor's first page (scoped)", gestor, () -> assets.find(AssetFilter.all(), byTombo, 0, 50)));
        lines.add(time("totals, no filter", admin, () -> assets.totals(AssetFilter.all())));
        lines.add(time("totals, search 'notebook 12'", admin, () -> assets.totals(AssetFilter.all().withSearch("notebook 12"))));
        lines.add(time("dashboard figures (admin)", admin, statistics::figures));
        lines.add(time("dashboard figures (gestor of one unit)", gestor, statistics::figures));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-results.txt"), lines);
    }

    private static String time(String what, AppUser user, Supplier<?> query) {
        long[] millis = new long[RUNS];
        SystemUser.callAs(user, query); // warm-up
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SystemUser.callAs(user, query);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return String.format("%-45s %6d", what, millis[RUNS / 2]);
    }
}
