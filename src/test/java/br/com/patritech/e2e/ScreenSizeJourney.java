package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every screen used at one window size, asserting what a person would notice: nothing wider than the screen,
 * logout and "Dar baixa" on screen, a list that shows rows. Screenshots of each screen go to e2e-screenshots.
 */
abstract class ScreenSizeJourney extends BrowserJourney {

    static final List<String> SCREENS = List.of("/", "/bens", "/bens/novo", "/transferencias", "/unidades", "/salas",
            "/categorias", "/usuarios", "/responsaveis", "/meus-bens");

    protected void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) js("return window.innerWidth")).longValue();
        // Headless Chromium sizes the window, not the viewport; grow it until the viewport has the width asked.
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
        }
    }

    protected void loginAsAdmin() {
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD);
        await(By.id("dashboard-view"));
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The page itself never scrolls sideways: wide content (a grid) scrolls inside its own box. */
    protected void assertNoHorizontalOverflow(String screen) {
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("page width of %s", screen).isLessThanOrEqualTo(innerWidth);
    }

    /** Displayed and wholly inside the visible window, where a finger can reach it without scrolling sideways. */
    protected void assertInViewport(WebElement element, String what) {
        assertThat(element.isDisplayed()).as("%s displayed", what).isTrue();
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) js("const r = arguments[0].getBoundingClientRect();"
                + "return [r.left, r.top, r.right, r.bottom, window.innerWidth, window.innerHeight];", element);
        assertThat(box.get(0).doubleValue()).as("%s left", what).isGreaterThanOrEqualTo(0);
        assertThat(box.get(1).doubleValue()).as("%s top", what).isGreaterThanOrEqualTo(0);
        assertThat(box.get(2).doubleValue()).as("%s right", what).isLessThanOrEqualTo(box.get(4).doubleValue());
        assertThat(box.get(3).doubleValue()).as("%s bottom", what).isLessThanOrEqualTo(box.get(5).doubleValue());
    }

    /** Rows of the grid whose whole height is visible in the window. */
    protected long visibleGridRows(String gridId) {
        return ((Number) js("const g = document.getElementById(arguments[0]);"
                + "const box = g.getBoundingClientRect();"
                + "const rows = [...g.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => {"
                + "  const b = r.getBoundingClientRect();"
                + "  return !r.hidden && b.height > 0 && b.top >= box.top && b.bottom <= box.bottom"
                + "      && b.top >= 0 && b.bottom <= window.innerHeight; });"
                + "return rows.length;", gridId)).longValue();
    }

    /**
     * The first data cell of the first row the person sees (rows below the fold are rendered too); the selection
     * column's check box, there when another feature offers a selection action, is not a data cell.
     */
    protected WebElement firstVisibleRowCell(String gridId) {
        return (WebElement) js("const g = document.getElementById(arguments[0]);"
                + "const box = g.getBoundingClientRect();"
                + "const row = [...g.shadowRoot.querySelectorAll('tbody#items tr')].find(r => {"
                + "  const b = r.getBoundingClientRect(); return !r.hidden && b.height > 0 && b.top >= box.top; });"
                + "return [...row.querySelectorAll('td slot')].map(s => s.assignedElements()[0])"
                + "  .find(c => c && !c.querySelector('vaadin-checkbox'));", gridId);
    }

    protected void awaitGridRows(String gridId) {
        await(By.id(gridId));
        wait.until(d -> visibleGridRows(gridId) > 0);
    }

    /** No amount in the grid is cut to "R$ 13.…": every money cell shows its whole text. */
    protected void assertMoneyNotCut(String gridId) {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) js("const g = document.getElementById(arguments[0]);"
                + "return [...g.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.includes('R$') && c.offsetWidth > 0 && c.scrollWidth > c.clientWidth + 1)"
                + ".map(c => c.textContent);", gridId);
        assertThat(cut).as("money cells cut in %s", gridId).isEmpty();
    }

    /** Visits every screen: no sideways scrolling anywhere, and a screenshot of each. */
    protected void everyScreenFitsTheWidth() {
        for (String screen : SCREENS) {
            open(screen);
            await(By.cssSelector("vaadin-app-layout"));
            wait.until(d -> js("return document.readyState").equals("complete"));
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertNoHorizontalOverflow(screen);
            snap(screen.equals("/") ? "dashboard" : screen.substring(1).replace('/', '-'));
        }
    }

    /** Logout is on screen, and works. */
    protected void logoutIsReachable() {
        open("/");
        WebElement logout = await(By.id("logout"));
        assertInViewport(logout, "Sair");
        logout.click();
        await(By.cssSelector("vaadin-login-form"));
    }

    /** The asset page shows "Dar baixa" on screen, without scrolling sideways. */
    protected void writeOffIsOnScreen() {
        open("/bens?status=ATIVO");
        awaitGridRows("asset-grid");
        firstVisibleRowCell("asset-grid").click();
        await(By.id("asset-title"));
        assertInViewport(await(By.id("write-off-asset")), "Dar baixa");
        assertNoHorizontalOverflow("asset page");
        snap("asset");
    }
}
