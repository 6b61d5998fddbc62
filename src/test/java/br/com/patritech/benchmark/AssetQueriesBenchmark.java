package br.com.patritech.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetPosition;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.dashboard.DashboardService;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;
import br.com.patritech.support.TestUsers;
import br.com.patritech.users.UserService;

/**
 * Times what users and integrators do with the asset list on PostgreSQL with many assets (a realistic mix, see
 * BulkAssets), for an ADMIN and for a GESTOR of the largest unit: each scenario through the service (SQL and
 * mapping) and through the HTTP API (with the SQL time those requests cost, from pg_stat_statements), plus the
 * dashboard alone and 8 at once. Not a test: it asserts nothing and prints one table, goal beside each figure, to
 * target/benchmark-results.txt. Run: {@code ./mvnw verify -Pbenchmark -Dbenchmark.assets=1000000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "patritech.bulk-assets=${benchmark.assets:200000}", "patritech.api.token-requests-per-minute=100000",
    "patritech.login.max-failures-per-address=100000"})
@ActiveProfiles("test")
@OnPostgres
class AssetQueriesBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    AssetService assets;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserService users;

    @Autowired
    DepreciationClosings closings;

    @Autowired
    br.com.patritech.depreciation.ListBookValues listBookValues;

    @Autowired
    br.com.patritech.depreciation.FiscalDepreciation fiscal;

    @Test
    void measure() throws Exception {
        jdbc.execute("analyze");
        long unitId = jdbc.queryForObject("select unit_id from assets group by unit_id order by count(*) desc limit 1",
                Long.class);
        ApiTimer api = new ApiTimer(port, jdbc);
        var admin = ApiTimer.caller(testUsers, users, Role.ADMIN, Set.of());
        var gestor = ApiTimer.caller(testUsers, users, Role.GESTOR, Set.of(unitId));
        Timings timings = new Timings(api);
        List<String> lines = new ArrayList<>(timings.header(jdbc.queryForObject("select count(*) from assets", Long.class),
                jdbc.queryForObject("select count(*) from units", Long.class),
                jdbc.queryForObject("select count(*) from rooms", Long.class),
                jdbc.queryForObject("select count(*) from categories", Long.class)));
        boolean closingOnly = "closing".equals(System.getProperty("benchmark.only"));
        // -Dbenchmark.only=search or =dashboard: only the scenarios so named (Timings), no closing
        boolean searchOnly = List.of("search", "dashboard").contains(System.getProperty("benchmark.only"));
        for (var caller : closingOnly ? List.<ApiTimer.Caller>of() : List.of(admin, gestor)) {
            String who = caller == admin ? "admin" : "gestor";
            timings.use(caller);
            for (AssetSortKey key : searchOnly ? new AssetSortKey[0] : AssetSortKey.values()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    var sort = List.of(new AssetSort(key, ascending));
                    lines.add(timings.time(who + ": first page by " + key.apiName() + (ascending ? " asc" : " desc"),
                            () -> List.of(assets.find(AssetFilter.all(), sort, 0, 50), assets.totals(AssetFilter.all())),
                            "/api/v1/assets?size=50&sort=" + key.apiName() + (ascending ? ",asc" : ",desc")));
                }
            }
            var byTombo = List.of(new AssetSort(AssetSortKey.TOMBO, true));
            if (!searchOnly) {
                deepPages(lines, timings, api, caller, who);
            }
            // From rare to broad: ~800 matches, ~2,400 (just past the 1,000 counted: the page walks the tombo index
            // the longest), ~70,000, ~10,000 spread over the serial numbers. As the API does: page and totals together
            // (one read of the matches when they are few; a broad search counted, then listed in its own order).
            for (String q : List.of("notebook 12", "ra 12", "notebook", "sn1a")) {
                AssetFilter search = AssetFilter.all().withSearch(q);
                lines.add(timings.time(who + ": search '" + q + "' page + totals",
                        () -> assets.findWithTotals(search, byTombo, 0, 50),
                        "/api/v1/assets?size=50&sort=tombo&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
            }
            AssetFilter narrow = AssetFilter.all().withSearch("notebook 12");
            var byName = List.of(new AssetSort(AssetSortKey.NAME, true));
            lines.add(timings.time(who + ": search 'notebook 12' by name + totals",
                    () -> assets.findWithTotals(narrow, byName, 0, 50), "/api/v1/assets?size=50&sort=name&q=notebook%2012"));
            AssetFilter unitActive = AssetFilter.all().withUnit(unitId).withStatus(AssetStatus.ATIVO);
            lines.add(timings.time(who + ": unit + status page + totals",
                    () -> List.of(assets.find(unitActive, byTombo, 0, 50), assets.totals(unitActive)),
                    "/api/v1/assets?size=50&sort=tombo&status=ATIVO&unitId=" + unitId));
            AssetFilter unit = AssetFilter.all().withUnit(unitId);
            var byRoom = List.of(new AssetSort(AssetSortKey.ROOM, true));
            lines.add(timings.time(who + ": unit page by room, rows 5,001-5,050",
                    () -> assets.find(unit, byRoom, 5_000, 50), "/api/v1/assets?size=50&page=100&sort=room&unitId=" + unitId));
            lines.add(timings.time(who + ": dashboard alone", dashboard::dashboard, null));
            lines.add(timings.concurrently(who + ": dashboard, 8 at once (each call)", 8, dashboard::dashboard));
        }
        if (!closingOnly) {
            lines.addAll(Plans.of(jdbc, unitId));
        }
        if (searchOnly) {
            lines.forEach(System.out::println);
            Files.write(Path.of("target", "benchmark-results.txt"), lines);
            return;
        }
        closing(lines, admin.principal());
        bookValueTotals(lines, admin.principal(), gestor.principal(), unitId);
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-results.txt"), lines);
    }

    /** An offset page deep in the list, and the keyset page at the same depth (what integrators walk with). */
    private void deepPages(List<String> lines, Timings timings, ApiTimer api, ApiTimer.Caller caller, String who) {
        var byTombo = List.of(new AssetSort(AssetSortKey.TOMBO, true));
        lines.add(timings.time(who + ": page 101 (offset 5,000) by tombo",
                () -> assets.find(AssetFilter.all(), byTombo, 5_000, 50), "/api/v1/assets?size=50&page=100&sort=tombo"));
        var row5000 = SystemUser.callAs(caller.principal(), () -> assets.find(AssetFilter.all(), byTombo, 4_999, 1));
        var after = AssetPosition.after(row5000.get(0), byTombo.get(0));
        String cursor = api.get("/api/v1/assets?size=50&page=99&sort=tombo", api.token(caller)).get("next").asString();
        lines.add(timings.time(who + ": keyset page after row 5,000 by tombo",
                () -> assets.findAfter(AssetFilter.all(), after, 50), "/api/v1/assets?size=50&after=" + cursor));
    }

    /** Depreciation: a first closing (opening balances from the schedule) and the next month's (from the ledger). */
    private void closing(List<String> lines, AppUser admin) {
        jdbc.update("""
                insert into depreciation_policies (category_id, depreciates, useful_life_months, residual_percent, version,
                    updated_at, updated_by)
                select id, true, 60, 10, 0, now(), 'benchmark' from categories c
                where not exists (select 1 from depreciation_policies p where p.category_id = c.id)""");
        lines.add("");
        lines.add("Depreciation closing (set-based insert ... select per chunk of asset ids, one transaction), wall time:");
        for (YearMonth month : List.of(YearMonth.now().minusMonths(2), YearMonth.now().minusMonths(1))) {
            long start = System.nanoTime();
            var status = SystemUser.callAs(admin, () -> closings.close(month));
            lines.add(String.format("closing %s: %,d ledger rows in %,d ms (goal: well under 60,000 ms at 1,000,000)",
                    month, status.assetCount(), (System.nanoTime() - start) / 1_000_000));
        }
        // The same last month again, reopened and closed as before, then with the fiscal schedule (RFB IN 1700/2017) on:
        // the same statements with three more columns; off and on alternate, twice, to spread the drift of a busy machine
        jdbc.update("""
                insert into depreciation_fiscal_rates (category_id, annual_rate_percent, version, updated_at, updated_by)
                select id, 20, 0, now(), 'benchmark' from categories c
                where not exists (select 1 from depreciation_fiscal_rates r where r.category_id = c.id)""");
        jdbc.execute("analyze depreciation_fiscal_rates");
        YearMonth last = YearMonth.now().minusMonths(1);
        for (boolean on : new boolean[] {false, true, false, true}) {
            SystemUser.callAs(admin, () -> closings.reopen(last));
            SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), on));
            long start = System.nanoTime();
            var status = SystemUser.callAs(admin, () -> closings.close(last));
            lines.add(String.format("closing %s again, fiscal schedule %s: %,d ledger rows in %,d ms (load average %s)",
                    last, on ? "on " : "off", status.assetCount(), (System.nanoTime() - start) / 1_000_000,
                    loadAverage()));
        }
        SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), false));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The book-value total of the asset list's filter (issue 14): from the closing's cells, or capped for a search. */
    private void bookValueTotals(List<String> lines, AppUser admin, AppUser gestor, long unitId) {
        lines.add("");
        lines.add("Book-value total of the asset list's filter, 20 runs after a warm-up, ms (goal: like the list totals, 50):");
        var filters = new java.util.LinkedHashMap<String, AssetFilter>();
        filters.put("whole list", AssetFilter.all());
        filters.put("one unit, active", AssetFilter.all().withUnit(unitId).withStatus(AssetStatus.ATIVO));
        filters.put("search 'notebook 12'", AssetFilter.all().withSearch("notebook 12"));
        filters.put("search 'notebook' (capped)", AssetFilter.all().withSearch("notebook"));
        for (AppUser who : List.of(admin, gestor)) {
            for (var filter : filters.entrySet()) {
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < 21; i++) {
                    long start = System.nanoTime();
                    SystemUser.callAs(who, () -> listBookValues.total(filter.getValue()));
                    if (i > 0) {
                        nanos.add(System.nanoTime() - start);
                    }
                }
                nanos.sort(null);
                lines.add(String.format("%-7s %-30s p50 %7.1f  p95 %7.1f", who == admin ? "admin" : "gestor",
                        filter.getKey(), nanos.get(9) / 1e6, nanos.get(18) / 1e6));
            }
        }
    }
}
