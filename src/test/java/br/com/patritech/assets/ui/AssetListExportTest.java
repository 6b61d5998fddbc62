package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.support.Downloads;

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
        String csv = Downloads.text(_get(Anchor.class, spec -> spec.withId("export-csv")));

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(dear.tombo() + ";").contains(";900,00;");
        assertThat(lines.get(2)).startsWith(cheap.tombo() + ";").contains(";10,00;");
    }
}
