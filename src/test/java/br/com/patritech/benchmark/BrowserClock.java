package br.com.patritech.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium (as the e2e journeys drive it) that times what a user sees with the page's own clock:
 * each action is started by a script that notes {@code performance.now()} and then does what the user does (clicks
 * the menu, a column's sorter, pastes a search), and a {@code requestAnimationFrame} loop in the page notes the first
 * frame in which the expected content is on screen. Nothing WebDriver does between the two (its round trips,
 * polling) is counted. A script put into every new document (Chrome DevTools' addScriptToEvaluateOnNewDocument) does
 * the same across a page load (login, typing an address), counting from the click or from the navigation's start.
 * The page's Resource Timing entries of Vaadin's requests ({@code ?v-r=uidl}, {@code ?v-r=init}) give the server's
 * share: time to first byte, which on localhost is Tomcat, Vaadin and SQL.
 */
final class BrowserClock implements AutoCloseable {

    /** Installed into every document: helpers to find what is on screen, and the watcher for a page load. */
    private static final String LIBRARY = """
            (() => {
              if (window.__gb) return;
              performance.setResourceTimingBufferSize(10000);
              const onScreen = (e) => { if (!e) return false; const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0; };
              const gb = {
                grid() { return document.getElementById('asset-grid'); },
                /* Row {index} of the asset grid when it is rendered inside the grid's box, loaded or not. */
                inView(index) {
                  const grid = gb.grid();
                  const items = grid && grid.shadowRoot && grid.shadowRoot.getElementById('items');
                  if (!items) return null;
                  const row = [...items.children].find(r => r.index === index && !r.hidden);
                  if (!row) return null;
                  const g = grid.getBoundingClientRect(), r = row.getBoundingClientRect();
                  return r.height === 0 || r.bottom <= g.top || r.top >= g.bottom ? null : row;
                },
                /* The rows inside the grid's box, when all are loaded and the first is row {min} or later: its index and tombo. */
                settled(min) {
                  const grid = gb.grid();
                  const items = grid && grid.shadowRoot && grid.shadowRoot.getElementById('items');
                  if (!items) return null;
                  const visible = [...items.children].filter(r => !r.hidden).map(r => gb.inView(r.index)).filter(r => r)
                      .sort((a, b) => a.index - b.index);
                  if (visible.length === 0 || visible[0].index < min || visible.some(r => r.hasAttribute('loading'))) return null;
                  const first = gb.row(visible[0].index);
                  return first ? {index: visible[0].index, tombo: first.tombo} : null;
                },
                /* Row {index} of the asset grid, when it is rendered, loaded and inside the grid's box: its tombo and text. */
                row(index) {
                  const row = gb.inView(index);
                  if (!row || row.hasAttribute('loading')) return null;
                  const texts = [...row.querySelectorAll('td')].map(td => {
                    const slot = td.querySelector('slot');
                    return slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join(' ').trim() : '';
                  });
                  const tombo = texts.find(t => /^BULK-[0-9]{7}$/.test(t));
                  return tombo ? {tombo: tombo, text: texts.filter(t => t).join(' | ')} : null;
                },
                text(selector) { const e = document.querySelector(selector); return e ? e.textContent.trim() : null; },
                dashboard() {
                  const figure = document.querySelector('#figure-total-assets .figure');
                  return onScreen(figure) && figure.textContent.trim() ? figure.textContent.trim() : null;
                },
                listShown() {
                  const first = gb.row(0), totals = gb.text('#asset-totals');
                  return first && totals ? {tombo: first.tombo, text: totals} : null;
                },
                sorter(label) {
                  const sorter = [...gb.grid().querySelectorAll('vaadin-grid-sorter')].find(s => s.textContent.trim() === label);
                  if (!sorter) throw new Error('no sorter ' + label);
                  return sorter;
                },
                /* Clicks the side menu's item for this path, as a user does (the router navigates without a page load). */
                nav(path) {
                  const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                      .find(i => (i.path || '').replace(/^[/]/, '') === path);
                  if (!item) throw new Error('no menu item for /' + path);
                  (item.shadowRoot.querySelector('a') || item).click();
                },
                /* The first animation frame in which cond() holds: {at: performance.now(), value}. */
                watch(cond, timeout) {
                  const start = performance.now();
                  return new Promise((resolve, reject) => {
                    const tick = () => {
                      let value = null;
                      try { value = cond(); } catch (e) { value = null; }
                      if (value) { resolve({at: performance.now(), value: value}); }
                      else if (performance.now() - start > (timeout || 60000)) { reject(new Error('timed out')); }
                      else { requestAnimationFrame(tick); }
                    };
                    tick();
                  });
                },
                /* Vaadin's requests started from {from} on: how many, their time to first byte summed, the first start. */
                requests(from, to) {
                  const list = performance.getEntriesByType('resource').filter(e => /[?&]v-r=(uidl|init)/.test(e.name)
                      && e.startTime >= from - 1 && e.startTime <= to);
                  return {requests: list.length,
                          server: list.reduce((s, e) => s + Math.max(0, e.responseStart - e.requestStart), 0),
                          bytes: list.reduce((s, e) => s + (e.encodedBodySize || 0), 0),
                          firstRequest: list.length ? Math.min(...list.map(e => e.startTime)) - from : null};
                },
              };
              window.__gb = gb;
              const awaited = sessionStorage.getItem('gb-await');
              if (awaited) {
                sessionStorage.removeItem('gb-await');
                const cond = awaited === 'dashboard' ? gb.dashboard : awaited === 'list' ? gb.listShown : () => gb.row(0);
                gb.watch(cond, Number(sessionStorage.getItem('gb-timeout')) || 60000).then(r => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const req = gb.requests(0, r.at);
                  /* The document's own request, and a redirect before it if there was one. */
                  const redirect = nav && nav.redirectEnd > 0 ? nav.redirectEnd - nav.redirectStart : 0;
                  gb.landed = {at: r.at, value: r.value,
                               server: req.server + redirect + (nav ? Math.max(0, nav.responseStart - nav.requestStart) : 0),
                               requests: req.requests + 1 + (redirect > 0 ? 1 : 0),
                               bytes: req.bytes + (nav ? nav.encodedBodySize || 0 : 0)};
                }, e => { gb.landed = {error: String(e)}; });
              }
            })();""";

    private static final java.util.logging.Logger SELENIUM_DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger SELENIUM_CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    /** How long a screen may take before the run is counted as not shown (the goals are 0.5 and 1 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("benchmark.browser-timeout-seconds", 20));

    /** The screen did not show the result within {@link #TIMEOUT}. */
    static final class NotShown extends RuntimeException {
        NotShown(String message) {
            super(message);
        }
    }

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    BrowserClock() throws IOException {
        profile = Files.createTempDirectory("patritech-chromium-bench");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--lang=pt-BR", "--window-size=1400,1000",
                // The wheel jumps at once: the time is the content's, not the scrolling animation's.
                "--disable-smooth-scrolling", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(150));
        wait = new WebDriverWait(driver, TIMEOUT.plusSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LIBRARY));
    }

    /**
     * What one timed action took, in ms: on screen; the server's time to first byte; how much of it the input took
     * (a search: until the field sent its request, after its wait; the wheel: until its last event; else until the
     * first request); how many requests it made to Vaadin (and the page itself), and how many bytes they answered.
     */
    record Sample(double ms, double server, Double input, long requests, long bytes, String shown) {

        /** The same, counted from the end of the input. */
        Sample afterInput() {
            return new Sample(ms - input, server, 0.0, requests, bytes, shown);
        }
    }

    /**
     * Runs {@code prepare} (JavaScript that may declare constants for the others), then notes the time and runs
     * {@code act}, and waits for the first frame in which {@code shown} (an expression) is truthy.
     */
    Sample act(String prepare, String act, String shown) {
        String script = """
                const done = arguments[arguments.length - 1];
                const gb = window.__gb;
                performance.clearResourceTimings();
                %s
                const t0 = performance.now();
                try { %s } catch (e) { done({error: String(e)}); return; }
                gb.watch(() => (%s), %d).then(r => {
                  const q = gb.requests(t0, r.at);
                  done({ms: r.at - t0, server: q.server, input: q.firstRequest, requests: q.requests, bytes: q.bytes,
                        shown: JSON.stringify(r.value)});
                }, e => { const q = gb.requests(t0, performance.now());
                          done({timedOut: true, requests: q.requests, bytes: q.bytes}); });""".formatted(prepare, act,
                shown, TIMEOUT.toMillis());
        return sample((Map<?, ?>) driver.executeAsyncScript(script), act, shown);
    }

    /**
     * Turns the mouse wheel over the asset grid's middle by {@code rows} rows' height in {@code steps} wheel events sent
     * back to back (Chrome DevTools' Input.dispatchMouseEvent: real wheel events, as a fast wheel or a touchpad's fling
     * sends them), and waits for the first frame after the last one in which {@code shown} is truthy (it may use
     * {@code gb.armed}, true once all are sent); the time counts from the first wheel event's arrival in the page. One
     * event of 5,000 rows is not what a wheel sends: a vaadin-grid of 1,000,000 rows took it as a drag of its scaled
     * scroll bar (and showed row 50,004). The grid scrolls a little more than a row's height per row (5,000 rows'
     * height, as rows 1 and 2 measure it, lands on row 4,859 at 14,000, 100,000 and 1,000,000 rows alike).
     */
    Sample wheel(int rows, int steps, String shown) {
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) driver.executeScript("""
                const gb = window.__gb;
                performance.clearResourceTimings();
                gb.wheeled = null;
                gb.armed = false;
                const grid = gb.grid(), box = grid.getBoundingClientRect();
                const rows = [...grid.shadowRoot.getElementById('items').children];
                /* The rows' pitch (height and border), from row 1 to row 2. */
                const pitch = rows.find(r => r.index === 1).getBoundingClientRect().top
                    - rows.find(r => r.index === 0).getBoundingClientRect().top;
                let t0 = null, last = null;
                const onWheel = () => {
                  last = performance.now();
                  if (t0 !== null) return;
                  t0 = last;
                  gb.watch(() => (%s), %d).then(r => {
                    window.removeEventListener('wheel', onWheel, true);
                    const q = gb.requests(t0, r.at);
                    gb.wheeled = {ms: r.at - t0, server: q.server, input: last - t0, requests: q.requests,
                                  bytes: q.bytes, shown: JSON.stringify(r.value)};
                  }, e => { window.removeEventListener('wheel', onWheel, true);
                            const q = gb.requests(t0, performance.now());
                            gb.wheeled = {timedOut: true, requests: q.requests, bytes: q.bytes}; });
                };
                window.addEventListener('wheel', onWheel, true);
                return {x: box.left + box.width / 2, y: box.top + box.height / 2,
                        delta: pitch * arguments[0]};""".formatted(shown,
                TIMEOUT.toMillis()), rows);
        double step = at.get("delta").doubleValue() / steps;
        for (int i = 0; i < steps; i++) {
            driver.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseWheel", "x", at.get("x"),
                    "y", at.get("y"), "deltaX", 0, "deltaY", step));
        }
        driver.executeScript("window.__gb.armed = true");
        Map<?, ?> result = wait.pollingEvery(Duration.ofMillis(20)).until(d -> {
            Object value = driver.executeScript("return window.__gb.wheeled");
            return value instanceof Map<?, ?> map ? map : null;
        });
        return sample(result, "wheel " + rows + " rows in " + steps + " steps", shown);
    }

    private static Sample sample(Map<?, ?> result, String act, String shown) {
        if (result.get("error") != null) {
            throw new IllegalStateException(result.get("error") + " waiting for " + shown + " after " + act);
        }
        if (result.get("timedOut") != null) {
            throw new NotShown("not shown in " + TIMEOUT.toSeconds() + " s (" + result.get("requests") + " requests to the"
                    + " server meanwhile, " + ((Number) result.get("bytes")).longValue() / 1024 + " kB): " + shown);
        }
        Object input = result.get("input");
        return new Sample(number(result.get("ms")), number(result.get("server")),
                input == null ? null : number(input), ((Number) result.get("requests")).longValue(),
                ((Number) result.get("bytes")).longValue(), String.valueOf(result.get("shown")));
    }

    /**
     * Loads {@code url} (as typing an address) and waits for the new page to show {@code awaited}: "dashboard" (its
     * figures), "list" (the asset list's first row and totals) or "grid" (the grid's first row). The time counts from
     * the navigation's start.
     */
    Sample load(String url, String awaited) {
        driver.executeScript("sessionStorage.setItem('gb-await', arguments[0]); sessionStorage.setItem('gb-timeout',"
                + " arguments[1]); if (window.__gb) delete window.__gb.landed;", awaited, String.valueOf(TIMEOUT.toMillis()));
        driver.get(url);
        Map<?, ?> landed = wait.until(d -> {
            try {
                Object value = driver.executeScript("return window.__gb && window.__gb.landed || null");
                return value instanceof Map<?, ?> map ? map : null;
            } catch (org.openqa.selenium.JavascriptException navigating) {
                return null;
            }
        });
        if (landed.get("error") != null) {
            throw new NotShown("not shown in " + TIMEOUT.toSeconds() + " s: " + awaited + " at " + driver.getCurrentUrl());
        }
        double ms = number(landed.get("at"));
        return new Sample(ms, number(landed.get("server")), null, ((Number) landed.get("requests")).longValue(),
                ((Number) landed.get("bytes")).longValue(), String.valueOf(landed.get("value")));
    }

    void open(String url) {
        driver.get(url);
    }

    /** Logs out by forgetting the session cookie, and fills the login form (not yet submitted). */
    void fillLogin(String loginUrl, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(loginUrl);
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
    }

    static final String SUBMIT_LOGIN = "document.querySelector(\"vaadin-login-form vaadin-button[slot='submit'], "
            + "vaadin-login-form vaadin-button\").click()";

    void type(String id, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input"))).sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Waits until the page has no request to the server in flight (Flow's own test hook, as TestBench waits): a
     * navigation the server made goes back and forth once more, and an action started meanwhile races with it.
     */
    void awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return !!(window.Vaadin && window.Vaadin.Flow"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))")));
    }

    void await(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(Path file) {
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a screenshot is a help, never the reason a run fails
        }
    }

    String version() {
        return String.valueOf(driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
}
