package br.com.patritech.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import br.com.patritech.security.SystemUser;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

class UnitsViewTest extends KaribuTest {

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private Grid<UnitSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("units-grid"));
    }

    /** The row's icon button whose spoken label starts with this text, as rendered in the actions column. */
    private Button rowButton(int row, String label) {
        return rowButtonIfAny(row, label).orElseThrow();
    }

    private java.util.Optional<Button> rowButtonIfAny(int row, String label) {
        var cell = GridKt._getCellComponent(grid(), row, "actions");
        return cell.getChildren().filter(c -> c instanceof Button b && b.getAriaLabel().orElse("").startsWith(label))
                .map(Button.class::cast).findFirst();
    }

    private void openNewUnitForm() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        UI.getCurrent().navigate("unidades");
        _click(_get(Button.class, spec -> spec.withId("new-unit")));
    }

    @Test
    void cancelOfATypedUnitAsksBeforeDiscardingAndKeepsTheDialogOpen() {
        openNewUnitForm();
        field("unit-name").setValue("Escola que eu digitei");

        _click(_get(Button.class, spec -> spec.withId("unit-editor-cancel")));

        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).hasSize(1);
        assertThat(_get(Dialog.class, spec -> spec.withId("unit-editor")).isOpened()).isTrue();
        assertThat(field("unit-name").getValue()).isEqualTo("Escola que eu digitei");
    }

    @Test
    void administratorCreatesAUnitAndSeesItInTheList() {
        String code = "ESC-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        openNewUnitForm();
        field("unit-code").setValue(code.toLowerCase());
        field("unit-name").setValue("Escola Estadual Castro Alves");
        field("unit-address").setValue("Rua Bahia, 10");
        _click(_get(Button.class, spec -> spec.withId("unit-editor-save")));

        assertThat(_find(Dialog.class, spec -> spec.withId("unit-editor"))).allMatch(d -> !d.isOpened());
        assertThat(GridKt._findAll(grid())).anySatisfy(unit -> {
            assertThat(unit.code()).isEqualTo(code);
            assertThat(unit.name()).isEqualTo("Escola Estadual Castro Alves");
        });
    }

    @Test
    void badCodeShowsTheMessageNextToTheCodeAndKeepsWhatWasTyped() {
        openNewUnitForm();
        field("unit-code").setValue("sed 001");
        field("unit-name").setValue("Secretaria Nova");
        _click(_get(Button.class, spec -> spec.withId("unit-editor-save")));

        TextField code = field("unit-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Código inválido");
        assertThat(code.getValue()).isEqualTo("SED 001");
        assertThat(field("unit-name").getValue()).isEqualTo("Secretaria Nova");
        assertThat(field("unit-name").isInvalid()).isFalse();
        assertThat(_get(Dialog.class, spec -> spec.withId("unit-editor")).isOpened()).isTrue();
    }

    @Test
    void concurrentChangeIsShownAndTheFormKeepsWhatWasTyped() {
        openNewUnitForm();
        _click(_get(Button.class, spec -> spec.withId("unit-editor-cancel")));
        UnitSummary unit = GridKt._findAll(grid()).get(0);
        rowButton(0, "Editar").click();
        SystemUser.call(() -> context.getBean(OrganizationService.class).updateUnit(unit.id(), unit.version(),
                new UnitForm(unit.code(), unit.name(), "Mudado por outra pessoa", unit.active())));
        field("unit-name").setValue("Meu novo nome");
        _click(_get(Button.class, spec -> spec.withId("unit-editor-save")));

        assertThat(_get(Span.class, spec -> spec.withId("form-error")).getText()).startsWith("Outra pessoa alterou");
        assertThat(field("unit-name").getValue()).isEqualTo("Meu novo nome");
    }

    @Test
    void gestorSeesOnlyOwnUnitsAndCannotCreateOrDelete() {
        UnitSummary own = SystemUser.call(() -> context.getBean(OrganizationService.class).visibleUnits()).get(0);
        login(testUsers.principal(Role.GESTOR, Set.of(own.id()), EnumSet.of(Permission.UNIT_MANAGE)));
        UI.getCurrent().navigate("unidades");

        assertThat(GridKt._findAll(grid())).extracting(UnitSummary::id).containsExactly(own.id());
        assertThat(_find(Button.class, spec -> spec.withId("new-unit"))).isEmpty();
        assertThat(rowButtonIfAny(0, "Excluir").filter(Button::isVisible)).isEmpty();
        assertThat(rowButton(0, "Editar").isVisible()).isTrue();
        assertThat(rowButton(0, "Ver bens").isVisible()).isTrue();
    }
}
