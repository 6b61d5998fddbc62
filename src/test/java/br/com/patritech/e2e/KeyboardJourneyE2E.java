package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The keyboard alone: skip link, first field focused, combo by first letters, Enter opens a row; and printing. */
class KeyboardJourneyE2E extends ScreenSizeJourney {

    @Test
    void screenReaderLabelsArePortuguese() {
        open("/login");
        await(By.cssSelector("vaadin-login-form"));
        wait.until(d -> "Mostrar senha".equals(js("""
                const deep = r => [...r.querySelectorAll('*')].flatMap(el => el.shadowRoot ? [el, ...deep(el.shadowRoot)] : [el]);
                const b = deep(document).find(el => el.localName === 'vaadin-password-field-button');
                return b && b.getAttribute('aria-label');""")));
        loginAsAdmin();
        assertThat(driver.findElement(By.cssSelector("vaadin-drawer-toggle")).getDomAttribute("aria-label"))
                .isEqualTo("Abrir ou fechar o menu");
    }

    @Test
    void firstTabReachesTheSkipLinkWhichJumpsToTheContent() {
        loginAsAdmin();
        open("/categorias");
        await(By.id("categories-view"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("id")).isEqualTo("skip-to-content");
        assertThat(focused.isDisplayed()).isTrue();
        snap("skip-link");
        focused.sendKeys(Keys.ENTER);
        wait.until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('categories-view').contains(document.activeElement)")));
    }

    @Test
    void newAssetFormStartsOnTheNameAndCombosPickByFirstLetters() {
        loginAsAdmin();
        open("/bens/novo");
        await(By.id("asset-name"));
        wait.until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('asset-name').contains(document.activeElement)")));
        WebElement category = driver.findElement(By.cssSelector("#asset-categoryId input"));
        category.click();
        category.sendKeys("Mobi", Keys.ENTER);
        wait.until(d -> "Mobiliário".equals(category.getDomProperty("value")));
        snap("combo-picked");
    }

    @Test
    void enterOnAListRowOpensTheAsset() {
        loginAsAdmin();
        open("/bens");
        awaitGridRows("asset-grid");
        js("const g = document.getElementById('asset-grid');"
                + "g.shadowRoot.querySelector('tbody#items tr td').focus();");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        await(By.id("asset-title"));
    }

    @Test
    void printingTheListLeavesOutTheMenuAndFilters() {
        loginAsAdmin();
        open("/bens");
        awaitGridRows("asset-grid");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(js("return getComputedStyle(document.getElementById('side-nav')).display")).isEqualTo("none");
        assertThat(js("return getComputedStyle(document.getElementById('asset-filters')).display")).isEqualTo("none");
        assertThat(((Number) js("return document.getElementById('asset-grid').getBoundingClientRect().left"))
                .doubleValue()).isLessThan(40);
        js("window.dispatchEvent(new Event('beforeprint'))");
        wait.until(d -> ((Number) js("return document.getElementById('asset-grid').getBoundingClientRect().height"))
                .doubleValue() > 2000);
        snap("print");
    }
}
