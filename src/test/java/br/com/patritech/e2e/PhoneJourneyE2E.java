package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A phone (390 x 844): inventory will happen on phones, so every screen must work there. */
class PhoneJourneyE2E extends ScreenSizeJourney {

    @Test
    void everyScreenFitsAPhone() {
        resize(390, 844);
        loginAsAdmin();
        everyScreenFitsTheWidth();
    }

    @Test
    void theListShowsRowsAndFoldsItsFilters() {
        resize(390, 844);
        loginAsAdmin();
        open("/bens");
        awaitGridRows("asset-grid");
        assertThat(driver.findElement(By.id("filter-unit")).isDisplayed()).isFalse();
        assertThat(visibleGridRows("asset-grid")).as("rows visible at once").isGreaterThanOrEqualTo(5);
        assertMoneyNotCut("asset-grid");
        snap("list");

        click("filters-toggle");
        assertThat(await(By.id("filter-unit")).isDisplayed()).isTrue();
        snap("list-filters-open");
    }

    @Test
    void theFiscalDepreciationFitsAPhoneOnTheDepreciationPageAndTheAssetPage() {
        resize(390, 844);
        loginAsAdmin();
        open("/depreciacao");
        await(By.id("depreciation-view"));
        tickFiscalSchedule(); // on: the rates show, and the asset page gets its fiscal part
        try {
            WebElement rates = await(By.id("fiscal-rates"));
            wait.until(d -> rates.isDisplayed());
            js("arguments[0].scrollIntoView({block: 'start'})", rates);
            awaitGridRows("fiscal-rates");
            assertNoHorizontalOverflow("depreciation with the fiscal schedule on");
            snap("depreciation-fiscal");
            open("/bens?status=ATIVO");
            awaitGridRows("asset-grid");
            firstVisibleRowCell("asset-grid").click();
            WebElement fiscal = await(By.id("depreciation-fiscal"));
            js("arguments[0].scrollIntoView({block: 'center'})", fiscal);
            assertNoHorizontalOverflow("asset page with the fiscal schedule");
            snap("asset-fiscal");
        } finally {
            open("/depreciacao");
            await(By.id("depreciation-view"));
            tickFiscalSchedule();
            wait.until(d -> d.findElements(By.id("fiscal-rates")).stream().noneMatch(WebElement::isDisplayed));
        }
    }

    /** The tick is below the fold, inside the layout's own scrolling area: bring it to the middle first. */
    private void tickFiscalSchedule() {
        WebElement tick = await(By.id("fiscal-schedule"));
        js("arguments[0].scrollIntoView({block: 'center'})", tick);
        wait.until(d -> tick.isDisplayed());
        tick.click();
    }

    @Test
    void writeOffButtonIsOnScreen() {
        resize(390, 844);
        loginAsAdmin();
        writeOffIsOnScreen();
    }

    @Test
    void logoutIsOnScreen() {
        resize(390, 844);
        loginAsAdmin();
        logoutIsReachable();
    }

    @Test
    void aMistypedAddressShowsATranslatedPageInsideTheLayout() {
        resize(390, 844);
        loginAsAdmin();
        open("/bens-que-nao-existem");
        awaitText(By.id("error-page"), "Página não encontrada");
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).hasSize(1);
        snap("not-found");
    }

    @Test
    void theMenuOpensAndLeadsToAScreen() {
        resize(390, 844);
        loginAsAdmin();
        driver.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        WebElement item = await(By.xpath("//vaadin-side-nav-item[contains(., 'Categorias')]"));
        snap("menu");
        item.click();
        await(By.id("categories-view"));
        assertNoHorizontalOverflow("categories");
    }
}
