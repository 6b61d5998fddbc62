package br.com.patritech.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a user waits for in a real browser (issue 11), with the packaged production jar against an embedded
 * PostgreSQL holding {@code -Dbenchmark.assets} bulk assets (50 units, 500 rooms, 40 categories, see BulkAssets),
 * for the administrator and for a GESTOR of the largest unit (created through {@code /api/v1/users}, first-login
 * password change in the browser). Headless Debian Chromium, 1400x1000, pt-BR, browser cache warm (a user who has
 * been here before). Each action is run once as a warm-up and then {@value #DEFAULT_RUNS} times
 * ({@code -Dbenchmark.browser-runs}); p95 of 10 runs is the slowest one.
 *
 * <p>Measured with the page's clock ({@link BrowserClock}): from the moment the user's action starts to the first
 * animation frame in which the result is on screen.
 * <ul>
 * <li>login: from the click on "Entrar" (the form posts, the server answers 302, the dashboard loads) until the
 * dashboard's total-assets figure is shown; logged out between runs by forgetting the session cookie;</li>
 * <li>dashboard from the menu: click on "Painel" in the side menu until the figures show;</li>
 * <li>/bens from the menu: click on "Bens" until row 1 shows a tombo and the totals line is filled; /bens by
 * address: the same from the navigation's start, as typing the address or reloading;</li>
 * <li>sort: click on the "Nome" header until row 1 is another asset and the sorter says ascending;</li>
 * <li>search: "notebook 12" put into the search field at once (as pasting; typing ends the same way, the field
 * waits 300 ms after the last key before it asks the server: {@code ValueChangeMode.LAZY}) until the totals line
 * changed and row 1 is a notebook; also shown from the moment the field sent its request;</li>
 * <li>scroll to row 5,000: {@code grid.scrollToIndex(4999)}, i.e. what dragging the scroll bar to that place does
 * (one jump; paging down 5,000 rows with the keyboard would fetch every page on the way) until row 5,000 is inside the
 * grid with its tombo; on /bens (unsorted: newest first) and on the unit's page {@code /unidades/{id}/bens}
 * (by room).</li>
 * </ul>
 * Beside each figure: the server's share (time to first byte of Vaadin's requests during the action, from the
 * page's Resource Timing: Tomcat + Vaadin + SQL on localhost) and the SQL time PostgreSQL spent
 * ({@code pg_stat_statements}, reset before each action). The application's access log, with each request's
 * milliseconds, is target/benchmark-browser-app.log. Not a test: it asserts nothing but that each screen shows what
 * it should, and prints one table, goal beside each figure, to target/benchmark-browser.txt. Alone:
 * {@code ./mvnw -B -ntp verify -Pbenchmark -Dit.test=GridBrowserBenchmark -Dbenchmark.assets=100000
 * -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GridBrowserBenchmark {

    private static final int DEFAULT_RUNS = 10;
    private static final int RUNS = Integer.getInteger("benchmark.browser-runs", DEFAULT_RUNS);
    private static final String ROW = "%-62s %7s %7s %7s %8s %7s %4s %6s %6s";
    private static final String GESTOR_PASSWORD = "Gestora-benchmark-senha-9";

    private final Map<String, List<BrowserClock.Sample>> samples = new LinkedHashMap<>();
    private final Map<String, List<Double>> sqlMillis = new LinkedHashMap<>();
    private final Map<String, String> goals = new LinkedHashMap<>();
    private final List<String> checks = new ArrayList<>();
    private JdbcTemplate jdbc;

    @Test
    void measure() throws Exception {
        int assets = Integer.parseInt(System.getProperty("benchmark.assets", "200000"));
        Path target = Path.of("target");
        Files.createDirectories(target);
        String loadBefore = loadAverage();
        long loading = System.nanoTime();
        try (PackagedApp app = PackagedApp.start(assets, target.resolve("benchmark-browser-app.log"));
             BrowserClock browser = new BrowserClock()) {
            long loadSeconds = (System.nanoTime() - loading) / 1_000_000_000;
            jdbc = app.jdbc;
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("analyze");
            long unitId = jdbc.queryForObject(
                    "select unit_id from assets group by unit_id order by count(*) desc limit 1", Long.class);
            String unitCode = jdbc.queryForObject("select code from units where id = ?", String.class, unitId);
            long unitAssets = jdbc.queryForObject("select count(*) from assets where unit_id = ?", Long.class, unitId);
            String gestor = "gestora@benchmark.patritech.test";
            String initial = app.createGestor(app.token(PackagedApp.ADMIN_LOGIN, PackagedApp.ADMIN_PASSWORD), gestor, unitId);
            firstLogin(browser, app, gestor, initial);
            String loadMeasuring = loadAverage();
            try {
                for (boolean isAdmin : new boolean[] {true, false}) {
                    String who = isAdmin ? "admin" : "gestor";
                    logins(browser, app, who, isAdmin ? PackagedApp.ADMIN_LOGIN : gestor,
                            isAdmin ? PackagedApp.ADMIN_PASSWORD : GESTOR_PASSWORD);
                    grid(browser, app, who, isAdmin ? null : unitId, unitId, unitCode);
                }
            } catch (RuntimeException e) {
                browser.screenshot(target.resolve("benchmark-browser-failure.png"));
                throw e;
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.format("PATRI-TECH in a real browser (%s, headless, 1400x1000) against the packaged jar on"
                            + " PostgreSQL: %d assets (loaded in %d s), %d units; largest unit %s with %d assets;"
                            + " %d runs each after a warm-up; ms", browser.version(),
                    jdbc.queryForObject("select count(*) from assets", Long.class), loadSeconds,
                    jdbc.queryForObject("select count(*) from units", Long.class), unitCode, unitAssets, RUNS));
            lines.add("p50/p95 = the user's action to the first frame showing the result (page clock; p95 of 10 runs is"
                    + " the slowest); server = time to first byte of Vaadin's requests meanwhile (Tomcat + Vaadin + SQL);"
                    + " browser = the rest (sending, receiving, the page's JavaScript, layout, paint); sql = PostgreSQL"
                    + " execution time meanwhile (pg_stat_statements); req = requests; kB = their answers' size");
            lines.add("load average (1, 5, 15 min): before loading " + loadBefore + "; before measuring " + loadMeasuring
                    + "; after " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
            lines.add(String.format(ROW, "what (all p50 but p95)", "on scr", "p95", "server", "browser", "sql", "req",
                    "kB", "goal"));
            for (var entry : samples.entrySet()) {
                List<BrowserClock.Sample> list = entry.getValue();
                lines.add(String.format(ROW, entry.getKey(), p(list, BrowserClock.Sample::ms, 50),
                        p(list, BrowserClock.Sample::ms, 95), p(list, BrowserClock.Sample::server, 50),
                        p(list, s -> s.ms() - s.server(), 50), pOf(sqlMillis.get(entry.getKey()), 50, "%.1f"),
                        p(list, BrowserClock.Sample::requests, 50), p(list, s -> s.bytes() / 1024.0, 50),
                        goals.get(entry.getKey())));
            }
            lines.add("");
            lines.add("What the screens showed (checked against SQL):");
            lines.addAll(checks);
            lines.forEach(System.out::println);
            Files.write(target.resolve("benchmark-browser.txt"), lines);
        }
    }

    /** The GESTOR created through the API chooses a password at first login, as any new user does. */
    private void firstLogin(BrowserClock browser, PackagedApp app, String login, String initial) {
        browser.fillLogin(app.url("/login"), login, initial);
        browser.script(BrowserClock.SUBMIT_LOGIN);
        browser.await("change-password-view");
        browser.type("current-password", initial);
        browser.type("new-password", GESTOR_PASSWORD);
        browser.type("repeat-password", GESTOR_PASSWORD);
        browser.click("save-password");
        browser.await("dashboard-view");
    }

    private void logins(BrowserClock browser, PackagedApp app, String who, String login, String password) {
        for (int run = 0; run <= RUNS; run++) {
            browser.fillLogin(app.url("/login"), login, password);
            record(run, who + ": login -> dashboard figures", "500",
                    () -> browser.load(null, BrowserClock.SUBMIT_LOGIN, "dashboard"));
        }
    }

    /** The asset list as a user works with it; {@code scopeUnit} narrows the SQL checks to the gestor's unit. */
    private void grid(BrowserClock browser, PackagedApp app, String who, Long scopeUnit, long unitId, String unitCode) {
        String scope = scopeUnit == null ? "" : " where unit_id = " + scopeUnit;
        String row5000 = jdbc.queryForObject("select tombo from assets" + scope + " order by id desc offset 4999 limit 1",
                String.class);
        String firstByName = jdbc.queryForObject("select name from assets" + scope + " order by name, id limit 1",
                String.class);
        String shownRow5000 = null;
        String shownFirstByName = null;
        String shownSearch = null;
        String shownUnitRow = null;
        for (int run = 0; run <= RUNS; run++) {
            record(run, who + ": dashboard from the menu -> figures", "500",
                    () -> browser.act("", "gb.nav('')", "gb.dashboard()"));
            record(run, who + ": /bens from the menu -> first rows + totals", "1000",
                    () -> browser.act("", "gb.nav('bens')", "gb.listShown()"));
            shownRow5000 = record(run, who + ": /bens scroll to row 5,000 -> its tombo shown", "1000",
                    () -> browser.act("", "gb.grid().scrollToIndex(4999)", "gb.row(4999)")).shown();
            browser.act("", "gb.grid().scrollToIndex(0)", "gb.row(0)");
            shownFirstByName = record(run, who + ": /bens sort by Nome (header click) -> rows re-sorted", "1000",
                    () -> browser.act("const sorter = gb.sorter('Nome'); const before = gb.row(0).tombo;",
                            "sorter.click()",
                            "sorter.direction === 'asc' && gb.row(0) && gb.row(0).tombo !== before && gb.row(0)")).shown();
            BrowserClock.Sample search = record(run, who + ": /bens search 'notebook 12' -> rows + totals", "1000",
                    () -> browser.act("const before = gb.text('#asset-totals');"
                                    + " const input = document.querySelector('#asset-search input');",
                            "input.value = 'notebook 12'; input.dispatchEvent(new Event('input', {bubbles: true}));",
                            "gb.text('#asset-totals') !== before && gb.row(0)"
                                    + " && gb.row(0).text.toLowerCase().includes('notebook') && gb.text('#asset-totals')"));
            shownSearch = search.shown();
            if (run > 0 && search.firstRequest() != null) {
                samples.computeIfAbsent(who + ":   the same from the field's request (after its 300 ms)",
                        k -> new ArrayList<>()).add(new BrowserClock.Sample(search.ms() - search.firstRequest(),
                        search.server(), null, search.requests(), search.bytes(), search.shown()));
                sqlMillis.computeIfAbsent(who + ":   the same from the field's request (after its 300 ms)",
                        k -> new ArrayList<>()).add(sqlMillis.get(who + ": /bens search 'notebook 12' -> rows + totals")
                        .getLast());
                goals.put(who + ":   the same from the field's request (after its 300 ms)", "-");
            }
            record(run, who + ": /bens by address (page load) -> first rows + totals", "1000",
                    () -> browser.load(app.url("/bens"), null, "list"));
            record(run, who + ": unit page " + unitCode + " by address -> first rows", "1000",
                    () -> browser.load(app.url("/unidades/" + unitId + "/bens"), null, "grid"));
            shownUnitRow = record(run, who + ": unit page " + unitCode + " scroll to row 5,000", "1000",
                    () -> browser.act("", "gb.grid().scrollToIndex(4999)", "gb.row(4999)")).shown();
        }
        checks.add(String.format("%-7s /bens row 5,000 showed %s; SQL (order by id desc): %s", who, tombo(shownRow5000),
                row5000));
        checks.add(String.format("%-7s sorted by Nome, row 1 showed %s; SQL's first name: %s", who, shownFirstByName,
                firstByName));
        checks.add(String.format("%-7s search 'notebook 12' showed %s", who, shownSearch));
        checks.add(String.format("%-7s unit page, row 5,000 showed %s", who, tombo(shownUnitRow)));
    }

    private BrowserClock.Sample record(int run, String what, String goal, Supplier<BrowserClock.Sample> action) {
        goals.put(what, goal);
        jdbc.queryForList("select pg_stat_statements_reset()");
        BrowserClock.Sample sample;
        try {
            sample = action.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(what + " (run " + run + "): " + e.getMessage(), e);
        }
        Double sql = jdbc.queryForObject("select coalesce(sum(total_exec_time), 0) from pg_stat_statements"
                + " where query not like '%pg_stat_statements%'", Double.class);
        if (run > 0) {
            samples.computeIfAbsent(what, k -> new ArrayList<>()).add(sample);
            sqlMillis.computeIfAbsent(what, k -> new ArrayList<>()).add(sql == null ? 0 : sql);
        }
        return sample;
    }

    private static String tombo(String shown) {
        var m = java.util.regex.Pattern.compile("BULK-[0-9]{7}").matcher(String.valueOf(shown));
        return m.find() ? m.group() : shown;
    }

    private static String p(List<BrowserClock.Sample> list, java.util.function.ToDoubleFunction<BrowserClock.Sample> f,
                            int percentile) {
        return pOf(list.stream().map(s -> f.applyAsDouble(s)).toList(), percentile, "%.0f");
    }

    private static String pOf(List<Double> values, int percentile, String format) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return String.format(format, sorted[(int) Math.ceil(sorted.length * percentile / 100.0) - 1]);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
