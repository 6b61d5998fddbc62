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
 * been here before). Every scenario runs once for both users as a warm-up (the server's JIT, the browser's cache),
 * then {@value #DEFAULT_RUNS} times each ({@code -Dbenchmark.browser-runs}); p95 of 10 runs is the slowest one.
 *
 * <p>Measured with the page's clock ({@link BrowserClock}): from the moment the user's action starts to the first
 * animation frame in which the result is on screen.
 * <ul>
 * <li>login: from the click on "Entrar" (the running page signs in and shows the dashboard, decision 0022) until
 * the dashboard's total-assets figure is shown; logged out between runs by forgetting the session cookie;</li>
 * <li>dashboard from the menu: click on "Painel" in the side menu until the figures show;</li>
 * <li>/bens from the menu: click on "Bens" until row 1 shows a tombo and the totals line is filled; /bens by
 * address: the same from the navigation's start, as typing the address or reloading;</li>
 * <li>sort: click on the "Nome" header until row 1 is another asset and the sorter says ascending;</li>
 * <li>search: "notebook 12" put into the search field at once (as pasting; typing ends the same way, the field
 * waits 300 ms after the last key before it asks the server: {@code ValueChangeMode.LAZY}) until the totals line
 * changed and row 1 is a notebook; also shown from the moment the field sent its request;</li>
 * <li>5,000 rows down, two ways, on /bens (unsorted: newest first) and on the unit's page
 * {@code /unidades/{id}/bens} (by room): the mouse wheel turned 5,000 rows' height in 20 wheel events sent back to back
 * over the grid (real wheel events through Chrome DevTools' Input.dispatchMouseEvent, as a fast wheel or a touchpad's
 * fling sends them; smooth scrolling off, so the content is timed, not an animation; the grid fetches on the way) until
 * the rows where it stopped are all shown (it stops on row 4,859: the grid scrolls a little more per row than a row's
 * height; above 100,000 rows vaadin-grid scales its scroll bar, so a drag cannot land on row 5,000), also counted
 * from the last wheel event; and the grid's own jump, {@code grid.scrollToIndex(4999)} (what
 * {@code Grid.scrollToIndex} does from the server), until row 5,000 shows its tombo.</li>
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
    /** Wheel events to go 5,000 rows down: 250 rows each, as a fast wheel sends them. */
    private static final int WHEEL_STEPS = 20;
    /** After the last wheel event: the rows in view are all loaded, from row 4,501 on (the wheel went far). */
    private static final String WHEEL_LANDED = "gb.armed && gb.settled(4500)";

    private final Map<String, List<BrowserClock.Sample>> samples = new LinkedHashMap<>();
    private final Map<String, List<Double>> sqlMillis = new LinkedHashMap<>();
    private final Map<String, String> goals = new LinkedHashMap<>();
    private final Map<String, Integer> notShown = new LinkedHashMap<>();
    private final Map<String, String> notShownWhy = new LinkedHashMap<>();
    private final List<String> checks = new ArrayList<>();
    private JdbcTemplate jdbc;
    private BrowserClock screen;

    @Test
    void measure() throws Exception {
        int assets = Integer.parseInt(System.getProperty("benchmark.assets", "200000"));
        Path target = Path.of("target");
        Files.createDirectories(target);
        String loadBefore = loadAverage();
        long loading = System.nanoTime();
        try (PackagedApp app = PackagedApp.start(assets, target.resolve("benchmark-browser-app.log"));
             BrowserClock browser = new BrowserClock()) {
            long startSeconds = (System.nanoTime() - loading) / 1_000_000_000;
            jdbc = app.jdbc;
            screen = browser;
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("analyze");
            long unitId = jdbc.queryForObject(
                    "select unit_id from assets group by unit_id order by count(*) desc limit 1", Long.class);
            String unitCode = jdbc.queryForObject("select code from units where id = ?", String.class, unitId);
            long unitAssets = jdbc.queryForObject("select count(*) from assets where unit_id = ?", Long.class, unitId);
            String[] created = app.createGestor(app.token(PackagedApp.ADMIN_LOGIN, PackagedApp.ADMIN_PASSWORD), unitId);
            String gestor = created[0];
            firstLogin(browser, app, gestor, created[1]);
            String loadMeasuring = loadAverage();
            try {
                // First every scenario once for both (the warm-up: the server's JIT, the browser's cache), then the runs.
                for (int[] runs : new int[][] {{0, 0}, {1, RUNS}}) {
                    for (boolean isAdmin : new boolean[] {true, false}) {
                        String who = isAdmin ? "admin" : "gestor";
                        logins(browser, app, who, isAdmin ? PackagedApp.ADMIN_LOGIN : gestor,
                                isAdmin ? PackagedApp.ADMIN_PASSWORD : GESTOR_PASSWORD, runs[0], runs[1]);
                        grid(browser, app, who, isAdmin ? null : unitId, unitId, unitCode, runs[0], runs[1]);
                    }
                }
            } catch (RuntimeException e) {
                browser.screenshot(target.resolve("benchmark-browser-failure.png"));
                throw e;
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.format("PATRI-TECH in a real browser (%s, headless, 1400x1000) against the packaged jar on"
                            + " PostgreSQL: %d assets (%s), %d units; largest unit %s with %d assets;"
                            + " %d runs each after a warm-up pass; ms", browser.version(),
                    jdbc.queryForObject("select count(*) from assets", Long.class), loaded(app, startSeconds),
                    jdbc.queryForObject("select count(*) from units", Long.class), unitCode, unitAssets, RUNS));
            lines.add("p50/p95 = the user's action to the first frame showing the result (page clock; p95 of 10 runs is"
                    + " the slowest); server = time to first byte of Vaadin's requests meanwhile (Tomcat + Vaadin + SQL);"
                    + " browser = the rest (sending, receiving, the page's JavaScript, layout, paint); sql = PostgreSQL"
                    + " execution time meanwhile (pg_stat_statements); req = requests; kB = their answers' size");
            lines.add("application settings beyond the unit's: "
                    + System.getProperty("benchmark.app-args", "").transform(a -> a.isBlank() ? "none" : a));
            lines.add("load average (1, 5, 15 min): before loading " + loadBefore + "; before measuring " + loadMeasuring
                    + "; after " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
            lines.add(String.format(ROW, "what (all p50 but p95)", "on scr", "p95", "server", "browser", "sql", "req",
                    "kB", "goal"));
            for (var entry : samples.entrySet()) {
                List<BrowserClock.Sample> list = entry.getValue();
                lines.add(String.format(ROW, entry.getKey(), p(list, BrowserClock.Sample::ms, 50),
                        p(list, BrowserClock.Sample::ms, 95), p(list, BrowserClock.Sample::server, 50),
                        p(list, s -> s.ms() - s.server(), 50), pOf(shownOnly(list, sqlMillis.get(entry.getKey())), 50, "%.1f"),
                        p(list, s -> shown(s) ? s.requests() : Double.NaN, 50),
                        p(list, s -> shown(s) ? s.bytes() / 1024.0 : Double.NaN, 50),
                        goals.get(entry.getKey())));
            }
            notShownWhy.forEach((what, why) -> lines.add(String.format("%s: %d of %d runs (and the warm-up's) %s", what,
                    notShown.get(what), RUNS, why)));
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

    private void logins(BrowserClock browser, PackagedApp app, String who, String login, String password, int from,
                        int to) {
        for (int run = from; run <= to; run++) {
            browser.fillLogin(app.url("/login"), login, password);
            record(run, who + ": login -> dashboard figures", "500",
                    () -> browser.act("", BrowserClock.SUBMIT_LOGIN, "gb.dashboard()"));
            browser.awaitIdle();
        }
    }

    /** The asset list as a user works with it; {@code scopeUnit} narrows the SQL checks to the gestor's unit. */
    private void grid(BrowserClock browser, PackagedApp app, String who, Long scopeUnit, long unitId, String unitCode,
                      int from, int to) {
        String scope = scopeUnit == null ? "" : " where unit_id = " + scopeUnit;
        String firstByName = jdbc.queryForObject("select name from assets" + scope + " order by name, id limit 1",
                String.class);
        String shownWheel = null;
        String shownJump = null;
        String shownFirstByName = null;
        String shownSearch = null;
        String shownUnitRow = null;
        for (int run = from; run <= to; run++) {
            // From another screen: the menu's link to the screen already shown changes nothing
            browser.act("", "gb.nav('bens')", "gb.listShown()");
            browser.awaitIdle();
            record(run, who + ": dashboard from the menu -> figures", "500",
                    () -> browser.act("", "gb.nav('')", "gb.dashboard()"));
            record(run, who + ": /bens from the menu -> first rows + totals", "1000",
                    () -> browser.act("", "gb.nav('bens')", "gb.listShown()"));
            BrowserClock.Sample wheel = record(run, who + ": /bens wheel 5,000 rows down (20 turns) -> rows", "1000",
                    () -> browser.wheel(4999, WHEEL_STEPS, WHEEL_LANDED));
            afterInput(run, who + ": /bens wheel 5,000 rows down (20 turns) -> rows", wheel,
                    who + ":   the same from the last turn");
            shownWheel = wheel.shown();
            backToTop(browser);
            shownJump = record(run, who + ": /bens jump to row 5,000 (scrollToIndex) -> row", "1000",
                    () -> browser.act("", "gb.grid().scrollToIndex(4999)", "gb.row(4999)")).shown();
            backToTop(browser);
            shownFirstByName = record(run, who + ": /bens sort by Nome (header click) -> rows re-sorted", "1000",
                    () -> browser.act("const sorter = gb.sorter('Nome'); const before = (gb.row(0) || {}).tombo;",
                            "sorter.click()",
                            "sorter.direction === 'asc' && gb.row(0) && gb.row(0).tombo !== before && gb.row(0)")).shown();
            BrowserClock.Sample search = record(run, who + ": /bens search 'notebook 12' -> rows + totals", "1000",
                    () -> browser.act("const before = gb.text('#asset-totals');"
                                    + " const input = document.querySelector('#asset-search input');",
                            "input.value = 'notebook 12'; input.dispatchEvent(new Event('input', {bubbles: true}));",
                            "gb.text('#asset-totals') !== before && gb.row(0)"
                                    + " && gb.row(0).text.toLowerCase().includes('notebook') && gb.text('#asset-totals')"));
            shownSearch = search.shown();
            afterInput(run, who + ": /bens search 'notebook 12' -> rows + totals", search,
                    who + ":   the same from the field's request (after its 300 ms)");
            record(run, who + ": /bens by address (page load) -> first rows + totals", "1000",
                    () -> browser.load(app.url("/bens"), "list"));
            record(run, who + ": unit page " + unitCode + " by address -> first rows", "1000",
                    () -> browser.load(app.url("/unidades/" + unitId + "/bens"), "grid"));
            BrowserClock.Sample unitWheel = record(run, who + ": unit page " + unitCode + " wheel 5,000 rows down -> rows",
                    "1000", () -> browser.wheel(4999, WHEEL_STEPS, WHEEL_LANDED));
            afterInput(run, who + ": unit page " + unitCode + " wheel 5,000 rows down -> rows", unitWheel,
                    who + ":   the same from the last turn (unit page)");
            shownUnitRow = unitWheel.shown();
            backToTop(browser);
            record(run, who + ": unit page " + unitCode + " jump to row 5,000 (scrollToIndex)", "1000",
                    () -> browser.act("", "gb.grid().scrollToIndex(4999)", "gb.row(4999)"));
        }
        if (to == 0) {
            return;
        }
        checks.add(String.format("%-7s /bens wheel stopped at %s; jump showed %s", who,
                landing(shownWheel, scope), landing(shownJump == null ? null : "{\"index\":4999," + shownJump.substring(1),
                        scope)));
        checks.add(String.format("%-7s sorted by Nome, row 1 showed %s; SQL's first name: %s", who, shownFirstByName,
                firstByName));
        checks.add(String.format("%-7s search 'notebook 12' showed %s", who, shownSearch));
        checks.add(String.format("%-7s unit page, the wheel stopped at %s", who, shownUnitRow));
    }

    /** Where the wheel or the jump landed on /bens (unsorted: newest first), checked against SQL. */
    private String landing(String shown, String scope) {
        if (shown == null) {
            return "nothing shown";
        }
        var m = java.util.regex.Pattern.compile("\"index\":(\\d+).*(BULK-[0-9]{7})").matcher(shown);
        if (!m.find()) {
            return shown;
        }
        int index = Integer.parseInt(m.group(1));
        String expected = jdbc.queryForObject("select tombo from assets" + scope + " order by id desc offset ? limit 1",
                String.class, index);
        return String.format("row %,d, %s (SQL: %s)", index + 1, m.group(2), expected);
    }

    /** A row of the table for the same runs counted from the end of the input (a search's wait, the wheel's turns). */
    private void afterInput(int run, String measured, BrowserClock.Sample sample, String what) {
        goals.put(what, "-");
        if (run == 0) {
            return;
        }
        boolean shown = sample.input() != null && shown(sample);
        samples.computeIfAbsent(what, k -> new ArrayList<>()).add(shown ? sample.afterInput()
                : new BrowserClock.Sample(Double.POSITIVE_INFINITY, Double.NaN, null, 0, 0, null));
        sqlMillis.computeIfAbsent(what, k -> new ArrayList<>()).add(sqlMillis.get(measured).getLast());
    }

    /** Unmeasured: back to row 1 for the next action (which starts from whatever is shown if this fails). */
    private static void backToTop(BrowserClock browser) {
        try {
            browser.act("", "gb.grid().scrollToIndex(0)", "gb.row(0)");
        } catch (BrowserClock.NotShown e) {
            // the next action starts from whatever is shown
        }
    }

    private BrowserClock.Sample record(int run, String what, String goal, Supplier<BrowserClock.Sample> action) {
        goals.put(what, goal);
        jdbc.queryForList("select pg_stat_statements_reset()");
        BrowserClock.Sample sample;
        try {
            sample = action.get();
        } catch (BrowserClock.NotShown e) {
            notShown.put(what, notShown.getOrDefault(what, 0) + (run > 0 ? 1 : 0));
            notShownWhy.put(what, e.getMessage());
            if (!Files.exists(notShownShot(what))) { // what the screen showed instead, once per scenario
                screen.screenshot(notShownShot(what));
            }
            sample = new BrowserClock.Sample(Double.POSITIVE_INFINITY, Double.NaN, null, 0, 0, null);
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

    private static Path notShownShot(String what) {
        return Path.of("target", "benchmark-browser-not-shown-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
    }

    /** BulkAssets logs "Loaded N bulk assets in S s"; a kept database (-Dbenchmark.pg-dir) is not loaded again. */
    private static String loaded(PackagedApp app, long startSeconds) throws java.io.IOException {
        var m = java.util.regex.Pattern.compile("Loaded \\d+ bulk assets in (\\d+) s").matcher(Files.readString(app.log));
        return m.find() ? "loaded in " + m.group(1) + " s" : "kept from an earlier run; started in " + startSeconds + " s";
    }

    private static boolean shown(BrowserClock.Sample sample) {
        return !Double.isInfinite(sample.ms());
    }

    private static List<Double> shownOnly(List<BrowserClock.Sample> list, List<Double> values) {
        List<Double> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(shown(list.get(i)) ? values.get(i) : Double.NaN);
        }
        return result;
    }

    private static String p(List<BrowserClock.Sample> list, java.util.function.ToDoubleFunction<BrowserClock.Sample> f,
                            int percentile) {
        return pOf(list.stream().map(s -> f.applyAsDouble(s)).toList(), percentile, "%.0f");
    }

    /** Runs that showed nothing count as slower than any other (">20s"); their other figures are unknown. */
    private static String pOf(List<Double> values, int percentile, String format) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
        if (sorted.length == 0) {
            return "-";
        }
        Arrays.sort(sorted);
        double value = sorted[(int) Math.ceil(sorted.length * percentile / 100.0) - 1];
        return Double.isInfinite(value) ? ">" + BrowserClock.TIMEOUT.toSeconds() + "s" : String.format(format, value);
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
