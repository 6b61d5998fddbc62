package br.com.patritech.inventory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.inventory.CountingService;
import br.com.patritech.inventory.InventoryFixtures;
import br.com.patritech.inventory.InventoryFixtures.World;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** The reconciliation screen: one click per action, and the unknown item opens the new-asset form prefilled. */
class ReconciliationScreenTest extends KaribuTest {

    @Autowired
    InventoryFixtures fixtures;

    @Autowired
    CountingService counting;

    @Autowired
    AssetService assets;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGestorMovesTheMisplacedAndMarksTheMissingWithOneClickEach() {
        var campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        SystemUser.callAs(w.gestor(), () -> counting.read(campaign.id(), w.own().roomA(), w.inB().tombo()));
        login(w.gestor());
        UI.getCurrent().navigate("inventario/" + campaign.id());
        _click(_get(Button.class, spec -> spec.withId("campaign-reconcile")));

        Grid<Object> misplaced = _get(Grid.class, spec -> spec.withId("reconciliation-misplaced"));
        _click((Button) GridKt._getCellComponent(misplaced, 0, "action"));
        assertThat(SystemUser.callAs(w.gestor(), () -> assets.get(w.inB().id())).roomId()).isEqualTo(w.own().roomA());

        Grid<Object> missing = _get(Grid.class, spec -> spec.withId("reconciliation-missing"));
        _click((Button) GridKt._getCellComponent(missing, 0, "action"));
        assertThat(SystemUser.callAs(w.gestor(), () -> assets.get(w.inA().id())).status())
                .isEqualTo(AssetStatus.NAO_LOCALIZADO);

        UI.getCurrent().navigate("bens/" + w.inA().id());
        _click(_get(Button.class, spec -> spec.withId("asset-locate")));
        assertThat(SystemUser.callAs(w.gestor(), () -> assets.get(w.inA().id())).status()).isEqualTo(AssetStatus.ATIVO);
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeringAnUnknownItemOpensTheNewAssetFormPrefilled() {
        var campaign = fixtures.open(w.admin(), w.own(), w.admin());
        SystemUser.callAs(w.admin(), () -> {
            counting.noteUnknown(campaign.id(), w.own().roomB(), "Armário de aço");
            return null;
        });
        login(w.admin());
        UI.getCurrent().navigate("inventario/" + campaign.id() + "/conciliacao");
        Grid<Object> unknown = _get(Grid.class, spec -> spec.withId("reconciliation-unknown"));
        _click((Button) GridKt._getCellComponent(unknown, 0, "action"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("bens/novo");
        assertThat(_get(TextField.class, spec -> spec.withId("asset-name")).getValue()).isEqualTo("Armário de aço");
    }
}
