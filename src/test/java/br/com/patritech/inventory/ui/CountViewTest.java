package br.com.patritech.inventory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.Conservation;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.CountingRoom;
import br.com.patritech.inventory.InventoryFixtures;
import br.com.patritech.inventory.InventoryFixtures.World;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** The counting screen answers each kind of read at once, in words and colour. */
class CountViewTest extends KaribuTest {

    @Autowired
    InventoryFixtures fixtures;

    @Autowired
    AssetService assets;

    World w;
    CampaignSummary campaign;

    @BeforeEach
    void openCampaignAndCountRoomA() {
        w = fixtures.world();
        campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        login(w.gestor());
        UI.getCurrent().navigate("inventario/" + campaign.id() + "/contar");
        @SuppressWarnings("unchecked")
        Select<CountingRoom> room = _get(Select.class, spec -> spec.withId("count-room"));
        room.setValue(room.getListDataView().getItems().filter(r -> r.id() == w.own().roomA()).findFirst().orElseThrow());
    }

    private Div read(String code) {
        _get(TextField.class, spec -> spec.withId("count-code")).setValue(code);
        _click(_get(Button.class, spec -> spec.withId("count-read")));
        return _get(Div.class, spec -> spec.withId("count-answer"));
    }

    private static String text(Div answer) {
        return _get(answer, Span.class, spec -> spec.withId("count-answer-text")).getText();
    }

    @Test
    void anAssetOfThisRoomIsFoundHere() {
        Div answer = read(w.inA().tombo());
        assertThat(answer.getElement().getAttribute("data-result")).isEqualTo("FOUND");
        assertThat(text(answer)).isEqualTo("Encontrado aqui: " + w.inA().tombo() + " – Mesa");
        assertThat(answer.getStyle().get("background")).contains("success");
        assertThat(_get(Span.class, spec -> spec.withId("count-reads")).getText()).isEqualTo("Lidos nesta sala: 1");
        assertThat(_get(TextField.class, spec -> spec.withId("count-code")).getValue()).as("ready for the next").isEmpty();
    }

    @Test
    void anAssetOfAnotherRoomSaysWhereItBelongs() {
        Div answer = read(w.inB().tombo());
        assertThat(answer.getElement().getAttribute("data-result")).isEqualTo("MISPLACED");
        assertThat(text(answer)).isEqualTo(w.inB().tombo() + " – Cadeira pertence a outro local: "
                + w.own().unitCode() + " - Sala B");
        assertThat(answer.getStyle().get("background")).contains("warning");
    }

    @Test
    void writtenOffOtherUnitAndUnknownTombosAreTold() {
        assertThat(text(read(w.writtenOff().tombo()))).isEqualTo(w.writtenOff().tombo() + " – Monitor está baixado");
        assertThat(text(read(w.elsewhere().tombo()))).isEqualTo(w.elsewhere().tombo() + " pertence a outra unidade");
        Div unknown = read("XYZ-999");
        assertThat(text(unknown)).isEqualTo("Tombo XYZ-999 desconhecido");
        assertThat(unknown.getStyle().get("background")).contains("error");
    }

    @Test
    void readingAgainSaysNothingChangedAndConservationCanBeUpdated() {
        read(w.inA().tombo());
        Div again = read(w.inA().tombo());
        assertThat(_get(again, Span.class, spec -> spec.withId("count-answer-detail")).getText())
                .startsWith("Já lido antes em " + w.own().unitCode() + " - Sala A").endsWith("nada mudou");
        assertThat(_get(Span.class, spec -> spec.withId("count-reads")).getText()).isEqualTo("Lidos nesta sala: 1");
        @SuppressWarnings("unchecked")
        Select<Conservation> conservation = _get(Select.class, spec -> spec.withId("count-conservation"));
        conservation.setValue(Conservation.REGULAR);
        assertThat(SystemUser.callAs(w.gestor(), () -> assets.get(w.inA().id())).conservation())
                .isEqualTo(Conservation.REGULAR);
    }

    @Test
    void aBadCodeIsRefusedInWords() {
        Div answer = read("??");
        assertThat(answer.getElement().getAttribute("data-result")).isEqualTo("ERROR");
        assertThat(text(answer)).startsWith("Tombo inválido");
    }
}
