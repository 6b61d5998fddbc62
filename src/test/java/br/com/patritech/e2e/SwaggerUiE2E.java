package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Swagger UI still runs under the Content-Security-Policy the API chain sends for it. */
class SwaggerUiE2E extends BrowserJourney {

    @Test
    void swaggerUiLoadsTheDocumentAndListsTheOperations() {
        open("/api/docs");
        // Rendering operations needs its scripts to run and its fetch of /api/openapi.json to be allowed.
        awaitText(By.cssSelector(".swagger-ui"), "/api/v1/assets");
        assertThat(driver.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThan(10);
    }
}
