package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Register, find, transfer and write off one asset, as the demo administrator would, in pt-BR. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssetJourneyE2E extends BrowserJourney {

    private static String tombo;
    private static String assetUrl;

    private void loginAsAdmin() {
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD);
        await(By.id("dashboard-view"));
    }

    @Test
    @Order(1)
    void dashboardShowsTheFigures() {
        loginAsAdmin();
        assertThat(await(By.id("figure-total-assets")).getText()).contains("Total de bens").containsPattern("\\d");
        assertThat(driver.findElement(By.id("figure-active-value")).getText()).contains("R$");
        assertThat(driver.findElement(By.id("figure-units")).getText()).contains("3");
    }

    @Test
    @Order(2)
    void registerAnAssetFindItByPartOfItsTomboAndOpenIt() {
        loginAsAdmin();
        open("/bens/novo");
        type("asset-name", "Notebook Dell Latitude (E2E)");
        pick("asset-categoryId", "Informática");
        pick("asset-unitId", "EMEF-002");
        pick("asset-roomId", "Sala 01");
        type("asset-acquisitionValue", "4800,00");
        tombo = driver.findElement(By.cssSelector("#asset-tombo input")).getDomProperty("value");
        assertThat(tombo).isNotBlank();
        click("save-asset");
        awaitText(By.id("asset-title"), tombo);
        assetUrl = driver.getCurrentUrl();

        open("/bens");
        type("asset-search", tombo.substring(Math.max(0, tombo.length() - 4)));
        awaitText(By.id("asset-grid"), "Notebook Dell Latitude (E2E)");
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + tombo + "')]")).click();
        awaitText(By.id("asset-title"), tombo);
        assertThat(driver.findElement(By.id("detail-room")).getText()).isEqualTo("Sala 01");
        assertThat(driver.findElement(By.id("detail-acquisitionValue")).getText()).isEqualTo("R$ 4.800,00");
    }

    @Test
    @Order(3)
    void transferToAnotherRoomAppearsInTheHistory() {
        loginAsAdmin();
        driver.get(assetUrl);
        click("transfer-asset");
        pick("transfer-room", "Diretoria");
        type("transfer-note", "Mudança de sala");
        click("confirm-action");
        awaitText(By.id("detail-room"), "Diretoria");
        assertThat(driver.findElement(By.id("asset-history")).getText())
                .contains("Transferência").contains("Sala: Sala 01 → Diretoria").contains("Mudança de sala");
    }

    @Test
    @Order(4)
    void writeOffMarksTheAssetReadOnlyAndOutOfTheActiveTotal() {
        loginAsAdmin();
        open("/bens");
        type("asset-search", tombo);
        awaitText(By.id("asset-totals"), "1 bem encontrado · valor ativo R$ 4.800,00");
        driver.get(assetUrl);
        click("write-off-asset");
        pick("writeoff-reason", "Extravio");
        type("writeoff-process", "23000.000123/2026-11");
        click("confirm-action");
        awaitText(By.id("written-off-banner"), "Extravio/perda");
        assertThat(driver.findElements(By.id("edit-asset"))).isEmpty();
        assertThat(driver.findElements(By.id("write-off-asset"))).isEmpty();
        assertThat(driver.findElement(By.id("asset-history")).getText()).contains("Situação: Ativo → Baixado");

        open("/bens");
        type("asset-search", tombo, Keys.TAB);
        awaitText(By.id("asset-totals"), "1 bem encontrado · valor ativo R$ 0,00");
        assertThat(driver.findElement(By.id("asset-grid")).getText()).contains("BAIXADO");
    }
}
