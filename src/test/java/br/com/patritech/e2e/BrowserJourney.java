package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Debian Chromium per journey; the last screen is saved under target/e2e-screenshots. A journey
 * fails when the browser refused anything under the Content-Security-Policy (its securitypolicyviolation events or
 * its console): a policy too tight for a screen shows up here even when the screen still looks right.
 */
abstract class BrowserJourney {

    /**
     * Selenium warns on every start that it has no CDP bindings for this Chromium; we use none (executeCdpCommand
     * goes through chromedriver).
     */
    private static final java.util.logging.Logger SELENIUM_DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger SELENIUM_CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static final String VIOLATIONS_KEY = "e2e-csp-violations";
    private static final String RECORD_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => {"
            + " const seen = JSON.parse(sessionStorage.getItem('" + VIOLATIONS_KEY + "') || '[]');"
            + " seen.push(e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' on ' + location.pathname"
            + "   + ' (' + e.sourceFile + ':' + e.lineNumber + ') ' + (e.sample || ''));"
            + " sessionStorage.setItem('" + VIOLATIONS_KEY + "', JSON.stringify(seen)); });";

    protected final RunningApp app = RunningApp.get();
    protected WebDriver driver;
    protected WebDriverWait wait;
    private File profileDir;
    private String journeyName;

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        journeyName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("journey");
        profileDir = Files.createTempDirectory("patritech-chromium").toFile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--lang=pt-BR", "--window-size=1400,1000",
                "--user-data-dir=" + profileDir.getAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Before any page script: note every refusal in this tab's sessionStorage, so refusals the browser does not
        // print (a blocked eval inside Flow's client only stops the screen) and those of earlier pages are counted.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            try {
                File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), new File(RunningApp.screenshotDir(), journeyName + ".png").toPath(),
                        StandardCopyOption.REPLACE_EXISTING);
                assertThat(policyViolations()).as("Content-Security-Policy violations the browser reported").isEmpty();
            } finally {
                driver.quit();
            }
        }
    }

    /**
     * What the browser refused under the Content-Security-Policy since the last call: the securitypolicyviolation
     * events of this tab (all pages of this origin) and the browser's console (Chromium 156: "Executing inline script
     * violates the following Content Security Policy directive ...", older ones: "Refused to execute ...").
     */
    @SuppressWarnings("unchecked")
    protected List<String> policyViolations() {
        List<String> refused = new ArrayList<>();
        Object events = ((JavascriptExecutor) driver).executeScript("try { const v = JSON.parse("
                + "sessionStorage.getItem('" + VIOLATIONS_KEY + "') || '[]'); sessionStorage.removeItem('"
                + VIOLATIONS_KEY + "'); return v; } catch (e) { return []; }");
        if (events instanceof List<?> list) {
            list.forEach(event -> refused.add("event: " + event));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                refused.add("console: " + message);
            }
        }
        return refused;
    }

    /** Saves the screen as it is now, to look at later: target/e2e-screenshots/{journey}-{name}.png. */
    protected void snap(String name) {
        try {
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), new File(RunningApp.screenshotDir(), journeyName + "-" + name + ".png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected void open(String path) {
        driver.get(app.url(path));
    }

    protected void login(String login, String password) {
        login(login, password, true);
    }

    /** Fills in and sends the login form, on /login or (openLogin false) on the login form already shown. */
    protected void login(String login, String password, boolean openLogin) {
        if (openLogin) {
            open("/login");
        }
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(login);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /** Types into the input of the Vaadin field with this id. */
    protected void type(String id, CharSequence... keys) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.sendKeys(keys);
    }

    /** Opens the combo box with this id, filters it by the text and picks the first match. */
    protected void pick(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]")));
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        wait.until(d -> {
            String value = input.getDomProperty("value");
            return value != null && value.contains(text);
        });
    }

    /**
     * Clicks an item of an open select overlay. A notification may cover the item for a few seconds
     * (a phone is short), so the click is retried until it lands, as a user would click again.
     */
    protected void clickSelectItem(String text) {
        WebElement item = await(By.xpath("//vaadin-select-item[contains(., '" + text + "')]"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            item.click();
            return true;
        });
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** A user created by someone else chooses a new password at first login. */
    protected void changeInitialPassword(String oldPassword, String newPassword) {
        await(By.id("change-password-view"));
        type("current-password", oldPassword);
        type("new-password", newPassword);
        type("repeat-password", newPassword);
        click("save-password");
        await(By.id("dashboard-view"));
    }

    protected WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}
