package br.com.patritech.transfers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferRow;
import br.com.patritech.transfers.TransferService;
import br.com.patritech.transfers.TransferStatus;

/** The selection action on the asset list, the transfer list and the guide page, as a gestor of each side sees them. */
class TransferScreensTest extends KaribuTest {

    @Autowired
    AssetService assets;

    @Autowired
    TransferService transfers;

    @Autowired
    AssetFixtures fixtures;

    Place origin;
    Place destination;
    long category;
    AppUser admin;
    AppUser sender;
    AppUser receiver;

    @BeforeEach
    void setUp() {
        origin = fixtures.newUnit();
        destination = fixtures.newUnit();
        category = fixtures.newCategory("KT");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        sender = gestor(origin);
        receiver = gestor(destination);
    }

    private AppUser gestor(Place place) {
        return testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_CREATE,
                Permission.ASSET_TRANSFER));
    }

    private AssetDetails register(String name) {
        return SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, origin, name, "250.00")));
    }

    private TransferDetails send(AssetDetails asset) {
        return SystemUser.callAs(sender, () -> transfers.create(new NewTransfer(List.of(asset.id()),
                destination.unitId(), "Remanejamento", null)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGestorSendsTheTickedAssetsFromTheListAndLandsOnTheNewGuide() {
        AssetDetails asset = register("Armário de aço");
        login(sender);
        UI.getCurrent().navigate("bens");
        Grid<AssetRow> grid = _get(Grid.class, spec -> spec.withId("asset-grid"));
        grid.select(GridKt._fetch(grid, 0, 50).stream().filter(r -> r.id() == asset.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("send-to-unit")));

        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        ComboBox<TransferDetails.Place> unit = _get(ComboBox.class, spec -> spec.withId("send-destination"));
        assertThat(unit.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("send-reason")).getErrorMessage()).isNotBlank();

        unit.setValue(unit.getListDataView().getItems().filter(p -> p.unitId() == destination.unitId()).findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("send-reason")).setValue("Nova sala de leitura");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(_get(TransferView.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("transfer-destination")).getText()).contains(destination.unitCode());
        assertThat(SystemUser.callAs(admin, () -> assets.get(asset.id())).status()).isEqualTo(AssetStatus.EM_TRANSITO);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReceiverSeesThePendingGuideFirstAndAcceptsItIntoARoom() {
        TransferDetails guide = send(register("Cadeira"));
        TransferDetails newer = send(register("Mesa"));
        SystemUser.callAs(sender, () -> transfers.cancel(newer.id(), newer.version()));
        login(receiver);
        UI.getCurrent().navigate("transferencias");
        Grid<TransferRow> list = _get(Grid.class, spec -> spec.withId("transfers-grid"));
        // the pending guide is the older one: it comes first all the same
        assertThat(GridKt._fetch(list, 0, 10)).extracting(TransferRow::id).containsExactly(guide.id(), newer.id());
        _get(Tabs.class, spec -> spec.withId("transfer-direction")).setSelectedIndex(1);
        assertThat(GridKt._fetch(list, 0, 10)).isEmpty();

        UI.getCurrent().navigate("transferencias/" + guide.id());
        assertThat(_find(Button.class, spec -> spec.withId("cancel-transfer"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("accept-transfer")));
        ComboBox<RoomSummary> room = _get(ComboBox.class, spec -> spec.withId("accept-room"));
        room.setValue(room.getListDataView().getItems().filter(r -> r.id() == destination.roomB()).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(_get(Span.class, spec -> spec.withId("transfer-room")).getText()).isEqualTo("Sala B");
        assertThat(_find(Button.class, spec -> spec.withId("accept-transfer"))).isEmpty();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("transfer-steps")).getElement().getTextRecursively())
                .contains(sender.name(), receiver.name());
        assertThat(SystemUser.callAs(admin, () -> transfers.get(guide.id())).status()).isEqualTo(TransferStatus.ACEITA);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorNarrowsTheListToOneUnit() {
        TransferDetails guide = send(register("Lousa digital"));
        login(admin);
        UI.getCurrent().navigate("transferencias");
        ComboBox<br.com.patritech.organization.OrganizationService.UnitSummary> unit =
                _get(ComboBox.class, spec -> spec.withId("transfer-unit"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.id() == destination.unitId()).findFirst()
                .orElseThrow());
        Grid<TransferRow> list = _get(Grid.class, spec -> spec.withId("transfers-grid"));
        assertThat(GridKt._fetch(list, 0, 10)).extracting(TransferRow::id).containsExactly(guide.id());
        _get(Tabs.class, spec -> spec.withId("transfer-direction")).setSelectedIndex(1);
        assertThat(GridKt._fetch(list, 0, 10)).isEmpty();
    }

    @Test
    void theSenderCancelsAPendingGuideFromItsPageAndTheAssetIsBackAsItWas() {
        AssetDetails asset = register("Bancada");
        TransferDetails guide = send(asset);
        login(sender);
        UI.getCurrent().navigate("transferencias/" + guide.id());
        assertThat(_find(Button.class, spec -> spec.withId("accept-transfer"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("refuse-transfer"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("cancel-transfer")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close(); // as the browser does on confirm; a modal dialog hides the rest of the UI from the lookup

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("Guia cancelada"));
        assertThat(_find(Button.class, spec -> spec.withId("cancel-transfer"))).isEmpty();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("transfer-steps")).getElement().getTextRecursively())
                .contains("Cancelada por " + sender.name());
        assertThat(SystemUser.callAs(admin, () -> transfers.get(guide.id())).status())
                .isEqualTo(TransferStatus.CANCELADA);
        AssetDetails back = SystemUser.callAs(admin, () -> assets.get(asset.id()));
        assertThat(back.status()).isEqualTo(AssetStatus.ATIVO);
        assertThat(back.unitId()).isEqualTo(origin.unitId());
    }

    @Test
    void anAssetInTransitShowsTheBadgeAndNoEditMoveOrWriteOff() {
        AssetDetails staying = register("Quadro branco");
        AssetDetails travelling = register("Quadro de avisos");
        send(travelling);
        login(admin);
        UI.getCurrent().navigate("bens/" + staying.id());
        assertThat(_find(Button.class, spec -> spec.withId("edit-asset"))).as("control: an active asset").hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("transfer-asset"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("write-off-asset"))).hasSize(1);

        UI.getCurrent().navigate("bens/" + travelling.id());
        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge")).getText()).isEqualTo("EM TRÂNSITO");
        for (String action : List.of("edit-asset", "transfer-asset", "write-off-asset", "revert-write-off")) {
            assertThat(_find(Button.class, spec -> spec.withId(action))).as(action).isEmpty();
        }
        _get(Button.class, spec -> spec.withId("back-to-list"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorSeesTheGuidesAndTheirPdfButNoButtonToDecideOrCancel() {
        TransferDetails guide = send(register("Microscópio"));
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("transferencias");
        Grid<TransferRow> list = _get(Grid.class, spec -> spec.withId("transfers-grid"));
        assertThat(GridKt._fetch(list, 0, 500)).extracting(TransferRow::id).contains(guide.id());

        UI.getCurrent().navigate("transferencias/" + guide.id());
        assertThat(_get(Span.class, spec -> spec.withId("transfer-destination")).getText())
                .contains(destination.unitCode());
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("transfer-pdf"));
        for (String action : List.of("accept-transfer", "refuse-transfer", "cancel-transfer")) {
            assertThat(_find(Button.class, spec -> spec.withId(action))).as(action).isEmpty();
        }
        assertThat(SystemUser.callAs(admin, () -> transfers.get(guide.id())).status())
                .isEqualTo(TransferStatus.PENDENTE);
    }

    @Test
    void aRefusalNeedsAReasonAndAStaleDecisionIsToldInWords() {
        TransferDetails guide = send(register("Estante"));
        login(receiver);
        UI.getCurrent().navigate("transferencias/" + guide.id());
        _click(_get(Button.class, spec -> spec.withId("refuse-transfer")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        assertThat(_get(TextArea.class, spec -> spec.withId("refuse-reason")).isInvalid()).isTrue();

        SystemUser.callAs(sender, () -> transfers.cancel(guide.id(), guide.version()));
        _get(TextArea.class, spec -> spec.withId("refuse-reason")).setValue("Sem espaço");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("Outra pessoa decidiu esta guia ao mesmo tempo. Veja como ela está agora.");
        assertThat(_get(TextArea.class, spec -> spec.withId("refuse-reason")).getValue()).isEqualTo("Sem espaço");
    }

    @Test
    void theDashboardCountsTheGuidesWaitingForTheUserAndLinksToTheList() {
        send(register("Bebedouro"));
        login(receiver);
        UI.getCurrent().navigate("");
        Div card = _get(Div.class, spec -> spec.withId("figure-transfers-waiting"));
        assertThat(card.getElement().getTextRecursively()).endsWith("1");
        login(sender);
        UI.getCurrent().navigate("transferencias");
        UI.getCurrent().navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("figure-transfers-waiting")).getElement().getTextRecursively())
                .endsWith("0");
    }
}
