package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

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

    @Test
    void signingInKeepsThePageRenewsTheSessionIdAndLastsAcrossAReload() {
        open("/login");
        await(By.cssSelector("input[name='username']"));
        ((JavascriptExecutor) driver).executeScript("window.patritechSamePage = true");
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD, false);
        await(By.id("dashboard-view"));
        // Signed in inside the running page (decision 0022): no page load, so the marker is still there
        assertThat(((JavascriptExecutor) driver).executeScript("return window.patritechSamePage === true")).isEqualTo(true);
        // ... and a new session id all the same (session fixation)
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(sessionBefore);
        driver.navigate().refresh();
        await(By.id("dashboard-view"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void theAddressAskedForBeforeSigningInOpensAfterIt() {
        open("/bens");
        await(By.cssSelector("input[name='username']"));
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD, false);
        await(By.id("assets-view"));
        assertThat(driver.getCurrentUrl()).endsWith("/bens");
    }

    @Test
    void theMenuWorksRightAfterSigningIn() {
        login(RunningApp.ADMIN_LOGIN, RunningApp.ADMIN_PASSWORD);
        await(By.cssSelector("#figure-total-assets .figure"));
        // Once the page has no request in flight (decision 0022: the sign-in's navigation asks the server once more,
        // and a click within that instant can be lost in Vaadin's router), as soon as a person could click
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
        ((JavascriptExecutor) driver).executeScript("""
                const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                    .find(i => (i.path || '').replace(/^[/]/, '') === 'bens');
                (item.shadowRoot.querySelector('a') || item).click();""");
        await(By.id("assets-view"));
        assertThat(driver.getCurrentUrl()).endsWith("/bens");
    }
}
