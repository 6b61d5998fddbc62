package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.security.SystemUser;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** Keyboard picking, plural forms, a reload after a conflict, and the same word for the system everywhere. */
class AssetScreensDetailsTest extends AssetScreenTest {

    @Test
    @SuppressWarnings("unchecked")
    void typingTheStartOfACategoryAndEnterPicksIt() {
        UI.getCurrent().navigate("bens/novo");
        ComboBox<CategorySummary> box = _get(ComboBox.class, spec -> spec.withId("asset-categoryId"));

        ComboBoxKt._fireCustomValueSet(box, "Mobi");

        assertThat(box.getValue()).isNotNull();
        assertThat(box.getValue().name()).isEqualTo("Mobiliário");
    }

    @Test
    void oneAssetFoundIsSingular() {
        AssetDetails only = SystemUser.callAs(admin,
                () -> assets.create(AssetFixtures.form(category, place, "Cadeira única", "1234.50")));
        UI.getCurrent().navigate("bens");
        _get(TextField.class, spec -> spec.withId("asset-search")).setValue(only.tombo());

        assertThat(_get(Span.class, spec -> spec.withId("asset-totals")).getText())
                .isEqualTo("1 bem encontrado · valor ativo R$ 1.234,50");
    }

    @Test
    void afterAConflictReloadShowsTheCurrentRecord() {
        AssetDetails asset = SystemUser.callAs(admin,
                () -> assets.create(AssetFixtures.form(category, place, "Notebook", "4000.00")));
        UI.getCurrent().navigate("bens/" + asset.id() + "/editar");
        _get(TextField.class, spec -> spec.withId("asset-name")).setValue("Notebook (meu texto)");
        AssetForm someoneElse = AssetForm.of(asset);
        someoneElse.setName("Notebook Lenovo");
        SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), someoneElse));
        _click(_get(Button.class, spec -> spec.withId("save-asset")));

        _click(_get(Button.class, spec -> spec.withId("reload-record")));

        assertThat(_get(TextField.class, spec -> spec.withId("asset-name")).getValue()).isEqualTo("Notebook Lenovo");
        _get(TextField.class, spec -> spec.withId("asset-name")).setValue("Notebook Lenovo 2");
        _click(_get(Button.class, spec -> spec.withId("save-asset")));
        assertThat(_get(Span.class, spec -> spec.withId("detail-name")).getText()).isEqualTo("Notebook Lenovo 2");
    }

    @Test
    void theSystemIsCalledSistemaInTheDetailsAsInTheHistory() {
        AssetDetails asset = SystemUser.call(() -> assets.create(AssetFixtures.form(category, place, "Mesa", "10.00")));
        UI.getCurrent().navigate("bens/" + asset.id());
        assertThat(_get(Span.class, spec -> spec.withId("detail-createdAt")).getText()).endsWith("· Sistema");
    }
}
