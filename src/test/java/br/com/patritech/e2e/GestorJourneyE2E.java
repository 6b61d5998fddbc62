package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The demo GESTOR works only in EMEF-002 and holds no write-off flag. */
class GestorJourneyE2E extends BrowserJourney {

    @Test
    void gestorSeesOnlyTheirUnitAndHasNoWriteOffButton() {
        String login = "gestor@patritech.demo";
        login(login, app.demoPassword(login));
        changeInitialPassword(app.demoPassword(login), "Gestor-nova-senha-2026");

        open("/bens");
        await(By.id("asset-grid"));
        awaitText(By.id("asset-grid"), "EMEF-002");
        String grid = driver.findElement(By.id("asset-grid")).getText();
        assertThat(grid).doesNotContain("SED-001").doesNotContain("UBS-003");
        assertThat(driver.findElement(By.id("side-nav")).getText()).doesNotContain("Usuários");

        pick("filter-status", "Ativo");
        awaitText(By.id("asset-grid"), "ATIVO");
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'EMEF-002')]")).click();
        await(By.id("asset-title"));
        assertThat(driver.findElements(By.id("edit-asset"))).hasSize(1);
        assertThat(driver.findElements(By.id("write-off-asset"))).isEmpty();
    }
}
