package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** The value typed in "Novo bem" is the value stored, whichever way a person writes it. */
class MoneyInputTest extends AssetScreenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4899.90     | R$ 4.899,90",
            "4.899,90    | R$ 4.899,90",
            "4899,9      | R$ 4.899,90",
            "R$ 4.899,90 | R$ 4.899,90",
            "1.234.567,8 | R$ 1.234.567,80",
            "1,234,567.80| R$ 1.234.567,80",
            "850         | R$ 850,00"})
    void theValueTypedIsTheValueStored(String typed, String shown) {
        fillNewAsset();
        TextField value = valueInput();
        value.setValue(typed.strip());
        assertThat(value.isInvalid()).as("accepted %s", typed).isFalse();

        _click(_get(Button.class, spec -> spec.withId("save-asset")));

        assertThat(_get(Span.class, spec -> spec.withId("detail-acquisitionValue")).getText()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.899", "4,899", "12,3456", "4899.9.0", "abc", "1.2.3"})
    void ambiguousOrMalformedValuesAreRefusedAndKeptAsTyped(String typed) {
        fillNewAsset();
        TextField value = valueInput();
        value.setValue(typed);

        _click(_get(Button.class, spec -> spec.withId("save-asset")));

        assertThat(value.isInvalid()).as("refused %s", typed).isTrue();
        assertThat(value.getErrorMessage()).isNotBlank();
        assertThat(valueInput().getValue()).isEqualTo(typed);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(AssetView.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4899.90", "4899,9"})
    void showsThousandsSeparatorsOnceAccepted(String typed) {
        fillNewAsset();
        valueInput().setValue(typed);
        assertThat(valueInput().getValue()).isEqualTo("4.899,90");
    }

    private TextField valueInput() {
        return _get(TextField.class, spec -> spec.withId("asset-acquisitionValue"));
    }

    @SuppressWarnings("unchecked")
    private void fillNewAsset() {
        UI.getCurrent().navigate("bens/novo");
        _get(TextField.class, spec -> spec.withId("asset-name")).setValue("Notebook");
        ComboBox<CategorySummary> categoryBox = _get(ComboBox.class, spec -> spec.withId("asset-categoryId"));
        categoryBox.setValue(categoryBox.getListDataView().getItems().filter(c -> c.id() == category).findFirst()
                .orElseThrow());
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("asset-unitId"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.id() == place.unitId()).findFirst().orElseThrow());
    }
}
