package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The audit trail on a phone, a tablet and a desktop: the administrator's own sign-in is there, nothing overflows. */
class AuditJourneyE2E extends ScreenSizeJourney {

    @Test
    void theAdministratorFindsTheirOwnSignInOnEveryScreenSize() {
        for (int[] size : new int[][] {{390, 844}, {768, 1024}, {1366, 768}}) {
            resize(size[0], size[1]);
            loginAsAdmin();
            open("/auditoria");
            await(By.id("audit-view"));
            type("audit-who", RunningApp.ADMIN_LOGIN);
            awaitGridRows("audit-grid");
            // The sign-in just made, by the admin, from this browser's address.
            wait.until(d -> String.valueOf(js("return document.getElementById('audit-grid').textContent"))
                    .contains("Entrada no sistema"));
            assertThat(String.valueOf(js("return document.getElementById('audit-grid').textContent")))
                    .contains(RunningApp.ADMIN_LOGIN);
            WebElement export = await(By.id("audit-export"));
            assertInViewport(export, "CSV");
            assertNoHorizontalOverflow("/auditoria at " + size[0]);
            snap("auditoria-" + size[0]);
            logoutIsReachable();
        }
    }
}
