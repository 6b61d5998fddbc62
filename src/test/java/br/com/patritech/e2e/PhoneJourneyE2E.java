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
