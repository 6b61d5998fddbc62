package br.com.patritech.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Debian Chromium per journey; the last screen is saved under target/e2e-screenshots. */
abstract class BrowserJourney {

    /** Selenium warns on every start that it has no CDP bindings for this Chromium; we use none. */
    private static final java.util.logging.Logger SELENIUM_DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger SELENIUM_CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), new File(RunningApp.screenshotDir(), journeyName + ".png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            driver.quit();
        }
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
        open("/login");
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
