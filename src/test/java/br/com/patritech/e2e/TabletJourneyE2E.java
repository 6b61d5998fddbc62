package br.com.patritech.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A tablet (768 x 1024) and a laptop (1366 x 768): the same screens, the same promises. */
class TabletJourneyE2E extends ScreenSizeJourney {

    @Test
    void everyScreenFitsATablet() {
        resize(768, 1024);
        loginAsAdmin();
        everyScreenFitsTheWidth();
        open("/bens");
        awaitGridRows("asset-grid");
        assertThat(visibleGridRows("asset-grid")).isGreaterThanOrEqualTo(5);
        assertMoneyNotCut("asset-grid");
        writeOffIsOnScreen();
        logoutIsReachable();
    }

    @Test
    void everyScreenFitsALaptop() {
        resize(1366, 768);
        loginAsAdmin();
        everyScreenFitsTheWidth();
        writeOffIsOnScreen();
        logoutIsReachable();
    }
}
