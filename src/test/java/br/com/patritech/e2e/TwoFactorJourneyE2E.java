package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import br.com.patritech.support.TestUsers;
import br.com.patritech.twofactor.TotpTestCodes;

/**
 * A new user turns on two-step verification (reading the secret shown as text, as one types it into an app, and
 * computing the codes with the TOTP library), signs out, and signs in again with password and code on a phone.
 * The user is created by the journey: admin and the demo users stay without a second factor for other journeys.
 */
class TwoFactorJourneyE2E extends BrowserJourney {

    @Test
    void aUserEnrolsAndSignsInWithPasswordAndCode() {
        String email = "dois-fatores-" + System.nanoTime() % 1_000_000 + "@e2e.patritech.test";
        String password = "Dois-fatores-senha-2026";
        String issued = createAuditor(email);

        login(email, issued);
        changeInitialPassword(issued, password);

        click("two-factor-settings");
        String secret = await(By.id("totp-secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(driver.findElement(By.id("totp-qr")).getDomAttribute("src")).startsWith("data:image/png;base64,");
        type("totp-code", TotpTestCodes.code(secret, 0));
        click("totp-confirm");
        awaitText(By.id("recovery-codes"), "-");
        snap("recovery-codes");
        assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        click("recovery-codes-saved");
        await(By.id("two-factor-status"));

        open("/");
        click("logout");
        await(By.tagName("vaadin-login-form"));

        driver.manage().window().setSize(new Dimension(390, 844));
        login(email, password);
        await(By.id("second-factor-view"));
        open("/usuarios"); // nothing else opens until the code is given
        await(By.id("second-factor-view"));
        snap("code-step-phone");
        type("second-factor-code", TotpTestCodes.code(secret, 1));
        click("second-factor-verify");
        await(By.id("dashboard-view"));
        assertThat(driver.getCurrentUrl()).doesNotContain("segundo-fator");
    }

    /** The administrator creates an auditor and reads the password the screen issues once. */
    private String createAuditor(String email) {
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD);
        await(By.id("dashboard-view"));
        open("/usuarios");
        click("new-user");
        type("user-name", "Auditora Dois Fatores");
        type("user-cpf", TestUsers.randomCpf());
        type("user-email", email);
        click("user-role");
        clickSelectItem("Auditor");
        click("user-editor-save");
        await(By.id("issued-password-dialog"));
        String issued = wait.until(d -> {
            String value = d.findElement(By.cssSelector("#issued-password input")).getDomProperty("value");
            return value == null || value.isBlank() ? null : value;
        });
        click("issued-password-close");
        click("logout");
        await(By.tagName("vaadin-login-form"));
        return issued;
    }
}
