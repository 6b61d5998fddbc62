package br.com.patritech.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.reports.ReportKind;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** /relatorios: a gestor generates their unit's register in the background and downloads the PDF. */
class ReportsViewTest extends KaribuTest {

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    Place own;
    AppUser gestor;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        Place other = fixtures.newUnit();
        long category = fixtures.newCategory("RV");
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, own, "Lousa digital", "7450.35")));
        SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, own, "Mesa", "49.65")));
        SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, other, "Cofre", "999.00")));
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of());
        login(gestor);
        UI.getCurrent().navigate("relatorios");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterOfTheGestorsUnitIsGeneratedInTheBackgroundAndDownloadedAsAPdfWithItsTotal() throws Exception {
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("report-unit"));
        assertThat(unit.getListDataView().getItems()).extracting(UnitSummary::id).containsExactly(own.unitId());
        unit.setValue(unit.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("report-generate")));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (_find(Anchor.class, spec -> spec.withClasses("report-download")).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(100); // the report is written by another thread; the screen learns it on its poll
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
        Anchor download = _get(Anchor.class, spec -> spec.withClasses("report-download"));
        try (PDDocument pdf = Loader.loadPDF(download(download))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(own.unitCode(), "Lousa digital",
                    "Total geral: 2 bens R$ 7.500,00").doesNotContain("Cofre");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReversedPeriodIsShownOnTheEndDateAndTheDatesStay() {
        Select<ReportKind> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        assertThat(_find(DatePicker.class, spec -> spec.withId("report-from"))).isEmpty(); // not periodic
        kind.setValue(ReportKind.WRITE_OFFS);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("report-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("report-to"));
        from.setValue(LocalDate.of(2026, 3, 1));
        to.setValue(LocalDate.of(2026, 2, 1));
        _click(_get(Button.class, spec -> spec.withId("report-generate")));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("A data final deve ser igual ou posterior à data inicial.");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(_find(Anchor.class, spec -> spec.withClasses("report-download"))).isEmpty();
    }

    /** What the browser would get by following the link. */
    private static byte[] download(Anchor link) throws Exception {
        URI uri = URI.create(link.getHref());
        var resource = (StreamResourceRegistry.ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(uri).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        when(response.getService()).thenReturn(com.vaadin.flow.server.VaadinService.getCurrent());
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), link.getElement()));
        return out.toByteArray();
    }
}
