package br.com.patritech.assets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.security.SystemUser;

/** The one-step move offers only the rooms of the asset's own unit and points to the transfer guide for others. */
class TransferDialogTest extends AssetScreenTest {

    @Test
    @SuppressWarnings("unchecked")
    void theMoveDialogChangesTheRoomWithinTheUnitOnly() {
        AssetDetails asset = register("Quadro branco", "300.00");
        UI.getCurrent().navigate("bens/" + asset.id());
        _click(_get(Button.class, spec -> spec.withId("transfer-asset")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("transfer-unit")).getText())
                .contains(place.unitCode(), "Transferir para outra unidade");
        ComboBox<RoomSummary> room = _get(ComboBox.class, spec -> spec.withId("transfer-room"));
        assertThat(room.getListDataView().getItems().map(RoomSummary::unitId).distinct()).containsExactly(place.unitId());
        room.setValue(room.getListDataView().getItems().filter(r -> r.id() == place.roomB()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        AssetDetails moved = SystemUser.callAs(admin, () -> assets.get(asset.id()));
        assertThat(moved.unitId()).isEqualTo(place.unitId());
        assertThat(moved.roomId()).isEqualTo(place.roomB());
    }
}
