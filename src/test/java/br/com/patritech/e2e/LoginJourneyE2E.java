package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LoginJourneyE2E extends BrowserJourney {

    @Test
    void administratorLogsInAndSeesTheDashboard() {
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD);
        await(By.id("dashboard-view"));
        awaitText(By.tagName("h2"), "Painel");
        assertThat(driver.findElement(By.id("side-nav")).getText()).contains("Painel", "Usuários");
    }

    @Test
    void wrongPasswordShowsTheErrorAndTheLockoutFollowsAfterFiveAttempts() {
        String login = "auditor@patritech.demo";
        login(login, "senha-errada-numero-1");
        awaitText(By.tagName("vaadin-login-form"), "CPF/e-mail ou senha incorretos");
        for (int attempt = 2; attempt <= 5; attempt++) {
            login(login, "senha-errada-numero-" + attempt);
            await(By.tagName("vaadin-login-form"));
        }
        awaitText(By.tagName("vaadin-login-form"), "Acesso bloqueado temporariamente");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
