package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.security.SystemUser;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** Forms say what is required before Save, explain a disabled field, and do not throw away typed data. */
class AssetFormsUsabilityTest extends AssetScreenTest {

    @Test
    void requiredFieldsAreMarkedBeforeSave() {
        UI.getCurrent().navigate("bens/novo");
        for (String id : new String[] {"asset-name", "asset-categoryId", "asset-unitId", "asset-acquisitionValue",
                "asset-origin", "asset-conservation", "asset-classification"}) {
            HasValue<?, ?> field = (HasValue<?, ?>) _get(com.vaadin.flow.component.Component.class,
                    spec -> spec.withId(id));
            assertThat(field.isRequiredIndicatorVisible()).as(id).isTrue();
        }
        assertThat(((HasValue<?, ?>) _get(TextField.class, spec -> spec.withId("asset-serialNumber")))
                .isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void disabledRoomSaysToPickAUnitFirst() {
        UI.getCurrent().navigate("bens/novo");
        ComboBox<?> room = _get(ComboBox.class, spec -> spec.withId("asset-roomId"));
        assertThat(room.isEnabled()).isFalse();
        assertThat(room.getHelperText()).isEqualTo("Escolha uma unidade primeiro");
    }

    @Test
    void cancelAsksBeforeDiscardingTypedData() {
        UI.getCurrent().navigate("bens/novo");
        _get(TextField.class, spec -> spec.withId("asset-name")).setValue("Cadeira que eu digitei");

        _click(_get(Button.class, spec -> spec.withId("cancel-asset")));

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(_find(NewAssetView.class)).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("asset-name")).getValue()).isEqualTo("Cadeira que eu digitei");
    }

    @Test
    void cancelOfAnUntouchedFormLeavesAtOnce() {
        UI.getCurrent().navigate("bens/novo");
        _click(_get(Button.class, spec -> spec.withId("cancel-asset")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_find(AssetsView.class)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void cancelOfAnActionDialogAsksBeforeDiscardingWhatWasChosen() {
        AssetDetails asset = SystemUser.callAs(admin,
                () -> assets.create(AssetFixtures.form(category, place, "Notebook", "100.00")));
        UI.getCurrent().navigate("bens/" + asset.id());
        _click(_get(Button.class, spec -> spec.withId("write-off-asset")));
        _get(ComboBox.class, spec -> spec.withId("writeoff-reason")).setValue(WriteOffReason.DOACAO);

        _click(_get(Button.class, spec -> spec.withId("cancel-action")));

        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(_find(WriteOffDialog.class)).hasSize(1);
        assertThat(_get(ComboBox.class, spec -> spec.withId("writeoff-reason")).getValue()).isEqualTo(WriteOffReason.DOACAO);
    }

    @Test
    void cancelOfAnUntouchedActionDialogClosesAtOnce() {
        AssetDetails asset = SystemUser.callAs(admin,
                () -> assets.create(AssetFixtures.form(category, place, "Monitor", "100.00")));
        UI.getCurrent().navigate("bens/" + asset.id());
        _click(_get(Button.class, spec -> spec.withId("write-off-asset")));

        _click(_get(Button.class, spec -> spec.withId("cancel-action")));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_find(WriteOffDialog.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void writeOffReasonIsNoLongerRedOnceChosen() {
        AssetDetails asset = SystemUser.callAs(admin,
                () -> assets.create(AssetFixtures.form(category, place, "Projetor", "100.00")));
        UI.getCurrent().navigate("bens/" + asset.id());
        _click(_get(Button.class, spec -> spec.withId("write-off-asset")));
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        ComboBox<WriteOffReason> reason = _get(ComboBox.class, spec -> spec.withId("writeoff-reason"));
        assertThat(reason.isInvalid()).isTrue();

        reason.setValue(WriteOffReason.VENDA);

        assertThat(reason.isInvalid()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActionDialogRefusedBecauseSomeoneElseChangedTheAssetReloadsItAndKeepsWhatWasChosen() {
        AssetDetails asset = SystemUser.callAs(admin,
                () -> assets.create(AssetFixtures.form(category, place, "Impressora", "100.00")));
        UI.getCurrent().navigate("bens/" + asset.id());
        _click(_get(Button.class, spec -> spec.withId("write-off-asset")));
        _get(ComboBox.class, spec -> spec.withId("writeoff-reason")).setValue(WriteOffReason.DOACAO);
        assertThat(_find(Button.class, spec -> spec.withId("reload-action"))).as("nothing to reload yet")
                .allMatch(b -> !b.isVisible());
        // meanwhile, someone else edits the asset
        var edit = br.com.patritech.assets.AssetForm.of(asset);
        edit.setName("Impressora laser");
        SystemUser.callAs(admin, () -> assets.update(asset.id(), asset.version(), edit));

        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        assertThat(_find(WriteOffDialog.class)).hasSize(1);
        Button reload = _get(Button.class, spec -> spec.withId("reload-action"));
        assertThat(reload.isVisible()).isTrue();

        _click(reload);
        assertThat(_get(ComboBox.class, spec -> spec.withId("writeoff-reason")).getValue()).isEqualTo(WriteOffReason.DOACAO);
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        assertThat(_find(WriteOffDialog.class)).isEmpty();
        assertThat(SystemUser.callAs(admin, () -> assets.get(asset.id())).status())
                .isEqualTo(br.com.patritech.assets.AssetStatus.BAIXADO);
    }
}
