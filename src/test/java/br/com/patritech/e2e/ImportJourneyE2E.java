package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Importing on a phone (390 x 844): a Windows-1252 spreadsheet with one bad row goes in but for that row, whose error
 * the screen shows with its line; the fixed row is uploaded again; both assets are then in the list, which exports.
 */
class ImportJourneyE2E extends ScreenSizeJourney {

    @Test
    void importAFileWithABadRowFixItImportAgainAndFindTheAssets() throws Exception {
        String tag = "E2EIMP" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String header = "Tombo;Nome;Categoria;Unidade;Sala;Valor\r\n";
        Path bad = file(header + tag + "-1;Cadeira de importação;Mobiliário;EMEF-002;Sala 01;1.250,00\r\n"
                + tag + "-2;Mesa de importação;Mobiliário;EMEF-002;Sala 01;muito\r\n");
        Path fixed = file(header + tag + "-2;Mesa de importação;Mobiliário;EMEF-002;Sala 01;980,00\r\n");

        resize(390, 844);
        loginAsAdmin();
        open("/importar");
        await(By.id("import-view"));
        upload(bad);
        await(By.id("import-preview"));
        assertNoHorizontalOverflow("import mapping");
        snap("mapping");
        press("import-start");
        awaitText(By.id("import-result"), "1 bem importado de 2; 1 linha recusada");
        awaitText(By.id("import-rejections"), "\"muito\": Valor inválido");
        assertThat(await(By.id("import-rejected-csv")).isDisplayed()).isTrue();
        assertNoHorizontalOverflow("import result");
        snap("result");

        press("import-again");
        upload(fixed);
        await(By.id("import-preview"));
        press("import-start");
        awaitText(By.id("import-result"), "1 bem importado de 1; 0 linhas recusadas");

        open("/bens?q=" + tag);
        awaitText(By.id("asset-totals"), "2");
        awaitText(By.id("assets-view"), "Mesa de importação");
        press("export-csv");
        assertNoHorizontalOverflow("asset list");
        snap("list");
    }

    /** The page scrolls inside the layout, so the button is brought into view first, then clicked until it lands. */
    private void press(String id) {
        WebElement button = await(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            button.click();
            return true;
        });
    }

    private void upload(Path file) {
        WebElement upload = await(By.id("import-upload"));
        WebElement input = (WebElement) js("const u = arguments[0]; return u.querySelector('input[type=file]') "
                + "|| (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static Path file(String content) throws Exception {
        Path file = Files.createTempFile("bens-", ".csv");
        Files.write(file, content.getBytes(Charset.forName("windows-1252")));
        return file;
    }
}
