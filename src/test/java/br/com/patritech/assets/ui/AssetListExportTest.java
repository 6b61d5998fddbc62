package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.junit.jupiter.api.Test;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;

/** The list's CSV and XLSX links download the list as filtered and sorted on screen. */
class AssetListExportTest extends AssetScreenTest {

    @Test
    void theCsvLinkDownloadsWhatTheListShowsInItsOrder() throws Exception {
        AssetDetails dear = register(place, "Luminária exportada", "900.00");
        AssetDetails cheap = register(place, "Luminária exportada", "10.00"); // newest: first when unsorted
        register(otherPlace, "Luminária exportada", "50.00");
        UI.getCurrent().navigate("bens", QueryParameters.fromString(
                "q=Luminária exportada&unit=" + place.unitId() + "&sort=-value"));

        assertThat(_get(AssetGrid.class).sorts()).containsExactly(new AssetSort(AssetSortKey.VALUE, false));
        _get(Anchor.class, spec -> spec.withId("export-xlsx"));
        String csv = download(_get(Anchor.class, spec -> spec.withId("export-csv")));

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(dear.tombo() + ";").contains(";900,00;");
        assertThat(lines.get(2)).startsWith(cheap.tombo() + ";").contains(";10,00;");
    }

    /** What the browser would get by following the link. */
    private static String download(Anchor link) throws Exception {
        URI uri = URI.create(link.getHref());
        var resource = (StreamResourceRegistry.ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(uri).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), link.getElement()));
        return new String(out.toByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
}
