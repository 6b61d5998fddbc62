package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

class AssetViewsTest extends AssetScreenTest {

    @Test
    void typingInTheSearchBoxFiltersTheListAndTheTotal() {
        AssetDetails wanted = register("Cadeira ergonômica azul", "1234.50");
        register("Mesa redonda", "99.00");
        UI.getCurrent().navigate("bens");

        _get(TextField.class, spec -> spec.withId("asset-search")).setValue(wanted.tombo());

        List<AssetRow> rows = GridKt._fetch(_get(AssetGrid.class), 0, 50);
        assertThat(rows).extracting(AssetRow::id).containsExactly(wanted.id());
        assertThat(_get(Span.class, spec -> spec.withId("asset-totals")).getText())
                .isEqualTo("1 bem encontrado · valor ativo R$ 1.234,50");
    }

    @Test
    void unitFilterShowsOnlyThatUnitsAssets() {
        AssetDetails mine = register("Estante", "10.00");
        UI.getCurrent().navigate("bens");
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("filter-unit"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.id() == place.unitId()).findFirst().orElseThrow());
        List<AssetRow> rows = GridKt._fetch(_get(AssetGrid.class), 0, 50);
        assertThat(rows).extracting(AssetRow::id).containsExactly(mine.id());
    }

    @Test
    void savingAnEmptyFormShowsMessagesNextToTheFieldsAndKeepsWhatWasTyped() {
        UI.getCurrent().navigate("bens/novo");
        _get(TextField.class, spec -> spec.withId("asset-serialNumber")).setValue("SN-42");

        _click(_get(Button.class, spec -> spec.withId("save-asset")));

        TextField name = _get(TextField.class, spec -> spec.withId("asset-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Campo obrigatório");
        assertThat(_get(ComboBox.class, spec -> spec.withId("asset-categoryId")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("asset-serialNumber")).getValue()).isEqualTo("SN-42");
        assertThat(_find(AssetView.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAUnitLimitsTheRoomsToThatUnitAndSaves() {
        UI.getCurrent().navigate("bens/novo");
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withId("asset-unitId"));
        ComboBox<RoomSummary> room = _get(ComboBox.class, spec -> spec.withId("asset-roomId"));
        assertThat(room.isEnabled()).isFalse();

        unit.setValue(unit.getListDataView().getItems().filter(u -> u.id() == place.unitId()).findFirst().orElseThrow());

        assertThat(ComboBoxKt.getSuggestions(room)).containsExactly("Sala A", "Sala B");
        String suggestedTombo = _get(TextField.class, spec -> spec.withId("asset-tombo")).getValue();
        assertThat(suggestedTombo).isNotBlank();

        _get(TextField.class, spec -> spec.withId("asset-name")).setValue("Armário de aço");
        ComboBox<Object> categoryBox = _get(ComboBox.class, spec -> spec.withId("asset-categoryId"));
        categoryBox.setValue(categoryBox.getListDataView().getItems()
                .filter(c -> ((br.com.patritech.catalog.CatalogService.CategorySummary) c).id() == category)
                .findFirst().orElseThrow());
        room.setValue(room.getListDataView().getItems().filter(r -> r.name().equals("Sala B")).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("asset-acquisitionValue")).setValue("850,00");

        _click(_get(Button.class, spec -> spec.withId("save-asset")));

        assertThat(_get(Span.class, spec -> spec.withId("detail-room")).getText()).isEqualTo("Sala B");
        assertThat(_get(Span.class, spec -> spec.withId("detail-acquisitionValue")).getText()).isEqualTo("R$ 850,00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void writeOffDialogMarksTheAssetAndMakesItReadOnly() {
        AssetDetails asset = register("Projetor Epson", "3200.00");
        UI.getCurrent().navigate("bens/" + asset.id());
        _click(_get(Button.class, spec -> spec.withId("write-off-asset")));

        _get(DatePicker.class, spec -> spec.withId("writeoff-date")).setValue(LocalDate.now().plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("writeoff-date"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("A data da baixa não pode estar no futuro");
        assertThat(_get(ComboBox.class, spec -> spec.withId("writeoff-reason")).isInvalid()).isTrue();

        date.setValue(LocalDate.now());
        ComboBox<WriteOffReason> reason = _get(ComboBox.class, spec -> spec.withId("writeoff-reason"));
        reason.setValue(WriteOffReason.EXTRAVIO_PERDA);
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        assertThat(_get(Div.class, spec -> spec.withId("written-off-banner")).getText()).contains("Extravio/perda");
        assertThat(_find(Button.class, spec -> spec.withId("edit-asset"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("write-off-asset"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("revert-write-off"))).hasSize(1);
        assertThat(_get(Div.class, spec -> spec.withId("asset-history")).getElement().getTextRecursively())
                .contains("Baixa").contains("Situação: Ativo → Baixado");
    }

    @Test
    void gestorWithoutTheFlagSeesNoWriteOffButton() {
        AssetDetails asset = register("Geladeira", "2000.00");
        login(testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_EDIT)));
        UI.getCurrent().navigate("bens/" + asset.id());
        assertThat(_find(Button.class, spec -> spec.withId("edit-asset"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("write-off-asset"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("transfer-asset"))).isEmpty();
    }

    @Test
    void secondEditorGetsAClearMessageAndKeepsWhatTheyTyped() {
        AssetDetails asset = register("Notebook", "4000.00");
        UI.getCurrent().navigate("bens/" + asset.id() + "/editar");
        TextField name = _get(TextField.class, spec -> spec.withId("asset-name"));
        name.setValue("Notebook Dell (meu texto)");

        AssetForm someoneElse = AssetForm.of(asset);
        someoneElse.setName("Notebook Lenovo");
        SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), someoneElse));

        _click(_get(Button.class, spec -> spec.withId("save-asset")));

        assertThat(_get(Span.class, spec -> spec.withId("form-error")).getText()).isEqualTo("Outra pessoa alterou este"
                + " registro enquanto você editava. Seus dados continuam no formulário: recarregue o registro e aplique-os"
                + " de novo.");
        assertThat(_get(TextField.class, spec -> spec.withId("asset-name")).getValue()).isEqualTo("Notebook Dell (meu texto)");
        assertThat(_find(EditAssetView.class)).hasSize(1);
        assertThat(SystemUser.callAs(admin, () -> assets.get(asset.id())).name()).isEqualTo("Notebook Lenovo");
    }
}
