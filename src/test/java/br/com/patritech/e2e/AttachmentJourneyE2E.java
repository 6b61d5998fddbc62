package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import br.com.patritech.attachments.TestFiles;

/** Photos and documents: attach a camera photo and a PDF to an asset and see them, on a desktop and on a phone. */
class AttachmentJourneyE2E extends ScreenSizeJourney {

    @Test
    void attachAPhotoAndAPdfAndSeeThemOnADesktopAndOnAPhone() throws IOException {
        Path dir = Files.createTempDirectory("patritech-attachments");
        Path photo = Files.write(dir.resolve("frente-do-bem.jpg"), TestFiles.jpegWithGps());
        Path pdf = Files.write(dir.resolve("nota-fiscal.pdf"), TestFiles.pdf());
        loginAsAdmin();
        // An active asset (its files can change), opened by a data cell: the first cell may be a selection check box.
        open("/bens?status=ATIVO");
        awaitGridRows("asset-grid");
        firstVisibleRowCell("asset-grid").click();
        await(By.id("asset-attachments"));

        attach("attachment-upload", photo);
        awaitText(By.id("asset-attachments"), "Fotos");
        attach("attachment-upload", pdf);
        awaitText(By.id("attachments-documents"), "nota-fiscal.pdf");
        awaitThumbnailLoaded();
        assertThat(driver.findElements(By.cssSelector("#attachments-gallery [id^='attachment-']")))
                .as("the photo once, the PDF among the documents").hasSize(1);
        snap("desktop");

        String page = driver.getCurrentUrl();
        resize(390, 844);
        driver.get(page);
        awaitThumbnailLoaded();
        WebElement gallery = await(By.id("attachments-gallery"));
        js("arguments[0].scrollIntoView({block: 'center'})", gallery);
        assertThat(await(By.id("attachments-documents")).getText()).contains("nota-fiscal.pdf");
        assertNoHorizontalOverflow("asset page with attachments");
        snap("phone");
    }

    @Test
    void onAPhoneTheListShowsTheWholeValueBesideTheCheckBoxes() {
        resize(390, 844);
        loginAsAdmin();
        open("/bens");
        awaitGridRows("asset-grid");
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) js("const g = document.getElementById('asset-grid').getBoundingClientRect();"
                + "return [...document.querySelectorAll('#asset-grid vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.includes('R$') && c.offsetWidth > 0)"
                + ".filter(c => c.getBoundingClientRect().right > g.right + 1 || c.scrollWidth > c.clientWidth + 1)"
                + ".map(c => c.textContent);");
        assertThat(cut).as("money cells cut at the grid's edge").isEmpty();
        snap("list-phone");
    }

    /** Chooses a file in the upload's file input, as the file picker (or a phone's camera) would. */
    private void attach(String uploadId, Path file) {
        WebElement input = (WebElement) js("const u = document.getElementById(arguments[0]);"
                + "return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                uploadId);
        // The input takes several files and WebDriver adds to what it holds: empty it, as a new file chooser would.
        js("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void awaitThumbnailLoaded() {
        wait.until(d -> Boolean.TRUE.equals(js("const i = document.querySelector('#attachments-gallery img.attachment-thumbnail');"
                + "return !!i && i.complete && i.naturalWidth > 0;")));
    }
}
