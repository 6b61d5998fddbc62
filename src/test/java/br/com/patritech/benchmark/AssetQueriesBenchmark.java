package br.com.patritech.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;

/**
 * Times the asset list (every sort, both ways), search, totals and dashboard (alone and 8 at once) on PostgreSQL
 * with many assets, for an ADMIN and for a GESTOR of the largest unit, and shows the plans the sort indexes are
 * for. Not a test: it asserts nothing and prints one table, goal beside each figure, to
 * target/benchmark-results.txt. Run: {@code ./mvnw verify -Pbenchmark
 * -Dbenchmark.assets=1000000} (default 200000).
 */
@SpringBootTest(properties = "patritech.bulk-assets=${benchmark.assets:200000}")
@ActiveProfiles("test")
@OnPostgres
class AssetQueriesBenchmark {

    private static final int RUNS = 20;

    @Autowired
    AssetService assets;

    @Autowired
    AssetStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DepreciationClosings closings;

    @Test
    void measure() throws Exception {
        jdbc.execute("analyze");
        AppUser admin = new AppUser(0, "Benchmark", "benchmark", Role.ADMIN, Set.of(), Set.of(), false);
        long unitId = jdbc.queryForObject("select unit_id from assets group by unit_id order by count(*) desc limit 1",
                Long.class);
        AppUser gestor = new AppUser(0, "Benchmark", "benchmark", Role.GESTOR, Set.of(unitId), Set.of(), false);
        long total = jdbc.queryForObject("select count(*) from assets", Long.class);
        List<String> lines = new ArrayList<>();
        lines.add("PATRI-TECH asset queries on PostgreSQL, " + total + " assets, " + RUNS
                + " runs each after a warm-up, service time in ms (SQL + mapping, no HTTP)");
        lines.add(String.format("%-52s %7s %7s %7s", "what", "p50", "p95", "goal"));
        var byTombo = List.of(new AssetSort(AssetSortKey.TOMBO, true));
        for (AppUser user : List.of(admin, gestor)) {
            String who = user == admin ? "admin" : "gestor";
            for (AssetSortKey key : AssetSortKey.values()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    var sort = List.of(new AssetSort(key, ascending));
                    lines.add(time(who + ": first page by " + key.apiName() + (ascending ? " asc" : " desc"), user,
                            () -> assets.find(AssetFilter.all(), sort, 0, 50)));
                }
            }
            lines.add(time(who + ": page 100 (offset 5,000) by tombo", user,
                    () -> assets.find(AssetFilter.all(), byTombo, 5_000, 50)));
            lines.add(time(who + ": search 'notebook 12' page", user,
                    () -> assets.find(AssetFilter.all().withSearch("notebook 12"), byTombo, 0, 50)));
            lines.add(time(who + ": search 'notebook 12' totals", user,
                    () -> assets.totals(AssetFilter.all().withSearch("notebook 12"))));
            lines.add(time(who + ": totals, no filter", user, () -> assets.totals(AssetFilter.all())));
            lines.add(time(who + ": totals, unit + status", user,
                    () -> assets.totals(AssetFilter.all().withUnit(unitId).withStatus(AssetStatus.ATIVO))));
            lines.add(time(who + ": unit + status page by tombo", user,
                    () -> assets.find(AssetFilter.all().withUnit(unitId).withStatus(AssetStatus.ATIVO), byTombo, 0, 50)));
            lines.add(time(who + ": dashboard alone", user, statistics::figures));
            lines.add(concurrently(who + ": dashboard, 8 at once (each call)", user, 8, statistics::figures));
        }
        lines.add("");
        lines.add("Plans (EXPLAIN) of the queries the indexes are for:");
        explain(lines, "latest 5", "select id from assets order by created_at desc, id desc limit 5");
        explain(lines, "by name asc", "select id from assets order by name asc, id asc limit 50");
        explain(lines, "by status desc", "select id from assets order by status desc, id desc limit 50");
        explain(lines, "one unit by value desc", "select id from assets where unit_id = " + unitId
                + " order by acquisition_value desc, id desc limit 50");
        explain(lines, "totals (maintained)", "select sum(asset_count) from asset_totals");
        closing(lines, admin);
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-results.txt"), lines);
    }

    /** Depreciation: a first closing (opening balances from the schedule) and the next month's (from the ledger). */
    private void closing(List<String> lines, AppUser admin) {
        jdbc.update("""
                insert into depreciation_policies (category_id, depreciates, useful_life_months, residual_percent, version,
                    updated_at, updated_by)
                select id, true, 60, 10, 0, now(), 'benchmark' from categories c
                where not exists (select 1 from depreciation_policies p where p.category_id = c.id)""");
        lines.add("");
        lines.add("Depreciation closing (set-based insert ... select per unit, one transaction), wall time:");
        for (YearMonth month : List.of(YearMonth.now().minusMonths(2), YearMonth.now().minusMonths(1))) {
            long start = System.nanoTime();
            var status = SystemUser.callAs(admin, () -> closings.close(month));
            lines.add(String.format("closing %s: %,d ledger rows in %,d ms (goal: well under 60,000 ms at 1,000,000)",
                    month, status.assetCount(), (System.nanoTime() - start) / 1_000_000));
        }
    }

    private void explain(List<String> lines, String what, String sql) {
        List<String> plan = jdbc.queryForList("explain " + sql, String.class);
        lines.add(String.format("  %-25s %s", what, plan.stream().limit(3).map(String::strip)
                .map(l -> l.replaceAll("\\s*\\(cost=.*", "")).reduce((a, b) -> a + " > " + b).orElse("")));
    }

    private static String time(String what, AppUser user, Supplier<?> query) {
        SystemUser.callAs(user, query); // warm-up
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SystemUser.callAs(user, query);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        return row(what, micros, "50");
    }

    /** {@code parallel} callers at once, each timed; goal: no slower than 2x the p95 of one alone (50 ms). */
    private static String concurrently(String what, AppUser user, int parallel, Supplier<?> query) throws Exception {
        SystemUser.callAs(user, query);
        List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < parallel * 3; i++) {
                calls.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    SystemUser.callAs(user, query);
                    micros.add((System.nanoTime() - start) / 1_000);
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        return row(what, micros.stream().mapToLong(Long::longValue).toArray(), "2x one");
    }

    private static String row(String what, long[] micros, String goal) {
        Arrays.sort(micros);
        return String.format("%-52s %7.1f %7.1f %7s", what, micros[micros.length / 2] / 1000.0,
                micros[(int) Math.ceil(micros.length * 0.95) - 1] / 1000.0, goal);
    }
}
