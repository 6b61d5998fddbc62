package br.com.patritech.custody.ui;

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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.Cpf;
import br.com.patritech.custody.CustodyFixtures;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;
import br.com.patritech.support.TestUsers;

/** The people screen, the selection actions on the asset list, "Meus bens" and the public verification page. */
class CustodyScreensTest extends KaribuTest {

    @Autowired AssetFixtures places;
    @Autowired CustodyFixtures fixtures;
    @Autowired CustodyService custody;
    @Autowired AssetService assets;
    @Autowired br.com.patritech.users.UserService users;

    Place own;
    long category;
    AppUser gestor;

    @BeforeEach
    void setUpCustody() {
        own = places.newUnit();
        category = places.newCategory("CU");
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_EDIT));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGestorRegistersAPersonAndABadCpfIsShownNextToTheFieldKeepingWhatWasTyped() {
        login(gestor);
        UI.getCurrent().navigate("responsaveis");
        _click(_get(Button.class, spec -> spec.withId("new-person")));
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Rosa Amaral");
        _get(TextField.class, spec -> spec.withId("person-cpf")).setValue("123.456.789-00");
        _click(_get(Button.class, spec -> spec.withId("person-editor-save")));

        TextField cpf = _get(TextField.class, spec -> spec.withId("person-cpf"));
        assertThat(cpf.isInvalid()).isTrue();
        assertThat(cpf.getErrorMessage()).isEqualTo("CPF inválido: confira os dígitos");
        assertThat(_get(TextField.class, spec -> spec.withId("person-name")).getValue()).isEqualTo("Rosa Amaral");
        assertThat(_get(Select.class, spec -> spec.withId("person-unit")).getValue()).isNotNull(); // their one unit

        String valid = TestUsers.randomCpf();
        cpf.setValue(Cpf.format(valid));
        _click(_get(Button.class, spec -> spec.withId("person-editor-save")));

        _get(TextField.class, spec -> spec.withId("people-search")).setValue(valid.substring(0, 9));
        List<PersonSummary> rows = GridKt._fetch(_get(Grid.class, spec -> spec.withId("people-grid")), 0, 20);
        assertThat(rows).extracting(PersonSummary::name).containsExactly("Rosa Amaral");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorSeesThePeopleButNoButtonToChangeThem() {
        fixtures.person(own.unitId(), "Bruno Teles");
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("responsaveis");
        assertThat(_find(Button.class, spec -> spec.withId("new-person"))).isEmpty(); // none visible
        UI.getCurrent().navigate("bens");
        Grid<AssetRow> grid = _get(Grid.class, spec -> spec.withId("asset-grid"));
        grid.select(GridKt._fetch(grid, 0, 1).get(0)); // the labels action lets an auditor tick rows
        _get(Button.class, spec -> spec.withId("selection-labels"));
        assertThat(_find(Button.class, spec -> spec.withId("custody-assign"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSelectionBarAssignsTheTickedAssetsToAPersonAndNamesTheTerm() {
        PersonSummary person = fixtures.person(own.unitId(), "Helena Rocha");
        AssetDetails first = fixtures.asset(category, own, "Armário", "800.00");
        AssetDetails second = fixtures.asset(category, own, "Lousa", "450.00");
        login(gestor);
        UI.getCurrent().navigate("bens", QueryParameters.of("unit", String.valueOf(own.unitId())));
        Grid<AssetRow> grid = _get(Grid.class, spec -> spec.withId("asset-grid"));
        GridKt._fetch(grid, 0, 10).forEach(grid::select);

        _click(_get(Button.class, spec -> spec.withId("custody-assign")));
        ComboBox<PersonSummary> people = _get(ComboBox.class, spec -> spec.withId("custody-person"));
        people.setValue(person);
        _click(_get(Button.class, spec -> spec.withId("custody-assign-confirm")));

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .matches("Responsável atribuído: termo TR-\\d{4}-\\d{6} emitido"));
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodian(person.id())
                .withCustodyPending(true), List.of(), 0, 10))).extracting(AssetRow::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(grid.getSelectedItems()).isEmpty();

        UI.getCurrent().navigate("bens/" + first.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("asset-custodian-link")).getText())
                .startsWith("Helena Rocha");
    }

    @Test
    void meusBensShowsTheWaitingTermAndAcceptingItRecordsTheAcceptance() {
        AppUser teacher = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of());
        String cpf = SystemUser.call(() -> users.user(teacher.id()).cpf());
        PersonSummary person = fixtures.linkedPerson(own.unitId(), "Paula Nunes", cpf);
        AssetDetails asset = fixtures.asset(category, own, "Notebook da sala 3", "3500.00");
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(Set.of(asset.id()), person.id())).get(0);
        login(teacher);
        UI.getCurrent().navigate("meus-bens");

        Button accept = _get(Button.class, spec -> spec.withId("accept-" + term.number()));
        _click(accept);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(_find(Button.class, spec -> spec.withId("accept-" + term.number()))).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodian(person.id())
                .withCustodyPending(true), List.of(), 0, 10))).isEmpty();
    }

    @Test
    void meusBensTellsAnUnlinkedUserWhomToAsk() {
        login(gestor);
        UI.getCurrent().navigate("meus-bens");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-assets-not-linked")).getText())
                .contains("não está vinculada");
    }

    @Test
    void theVerificationPageOpensWithoutLoginAndSaysOnlyWhetherTheTermIsAuthentic() {
        PersonSummary person = fixtures.person(own.unitId(), "Caio Prado");
        AssetDetails asset = fixtures.asset(category, own, "Cofre", "9000.00");
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(Set.of(asset.id()), person.id())).get(0);
        String code = SystemUser.call(() -> codeOf(term.id()));

        UI.getCurrent().navigate("verificar", QueryParameters.simple(java.util.Map.of("n", term.number(), "c", code)));
        String result = _get(Paragraph.class, spec -> spec.withId("verify-result")).getText();
        assertThat(result).startsWith("Autêntico").contains(term.number()).doesNotContain("Caio", "Cofre");

        UI.getCurrent().navigate("verificar", QueryParameters.simple(java.util.Map.of("n", term.number(),
                "c", "ZZZZZZZZZZ")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-result")).getText()).startsWith("Não confere");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFiltersByResponsiblePersonAndByTermPendingAndTheChipClearsTheResponsible() {
        PersonSummary helena = fixtures.person(own.unitId(), "Helena Filtro");
        PersonSummary other = fixtures.person(own.unitId(), "Otávio Filtro");
        AssetDetails pending = fixtures.asset(category, own, "Mesa pendente", "100.00");
        AssetDetails signed = fixtures.asset(category, own, "Mesa assinada", "110.00");
        AssetDetails nobodys = fixtures.asset(category, own, "Mesa sem responsável", "120.00");
        SystemUser.callAs(gestor, () -> custody.assign(Set.of(pending.id()), helena.id()));
        TermSummary signedTerm = SystemUser.callAs(gestor, () -> custody.assign(Set.of(signed.id()), other.id())).get(0);
        SystemUser.callAs(gestor, () -> terms.recordSigned(signedTerm.id(), signedTerm.version()));
        login(gestor);

        UI.getCurrent().navigate("bens", QueryParameters.simple(java.util.Map.of("unit", String.valueOf(own.unitId()),
                "custodian", String.valueOf(helena.id()))));
        Grid<AssetRow> grid = _get(Grid.class, spec -> spec.withId("asset-grid"));
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(AssetRow::id).containsExactly(pending.id());
        Button chip = _get(Button.class, spec -> spec.withId("filter-custodian"));
        _click(chip);
        assertThat(chip.isVisible()).isFalse();
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(AssetRow::id)
                .containsExactlyInAnyOrder(pending.id(), signed.id(), nobodys.id());

        com.vaadin.flow.component.checkbox.Checkbox termPending = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("filter-custody-pending"));
        termPending.setValue(true);
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(AssetRow::id).containsExactly(pending.id());
        termPending.setValue(false);
        assertThat(GridKt._fetch(grid, 0, 10)).hasSize(3);

        UI.getCurrent().navigate("bens", QueryParameters.simple(java.util.Map.of("unit", String.valueOf(own.unitId()),
                "custodian", String.valueOf(other.id()), "pending", "true")));
        Grid<AssetRow> reopened = _get(Grid.class, spec -> spec.withId("asset-grid"));
        assertThat(GridKt._fetch(reopened, 0, 10)).as("the signed term is not pending").isEmpty();
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("filter-custody-pending")).getValue()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void devolverOnTheTickedAssetsIssuesAReturnTermAndLeavesThemWithoutResponsible() {
        PersonSummary person = fixtures.person(own.unitId(), "Davi Lopes");
        AssetDetails first = fixtures.asset(category, own, "Projetor", "2100.00");
        AssetDetails second = fixtures.asset(category, own, "Tela", "600.00");
        SystemUser.callAs(gestor, () -> custody.assign(CustodyFixtures.ids(first, second), person.id()));
        login(gestor);
        UI.getCurrent().navigate("bens", QueryParameters.of("unit", String.valueOf(own.unitId())));
        Grid<AssetRow> grid = _get(Grid.class, spec -> spec.withId("asset-grid"));
        GridKt._fetch(grid, 0, 10).forEach(grid::select);

        _click(_get(Button.class, spec -> spec.withId("custody-give-back")));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Os 2 bens selecionados voltam ao setor de"
                + " patrimônio; um termo de devolução é emitido para cada responsável."))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("custody-give-back-confirm")));

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .matches("Devolução registrada: TD-\\d{4}-\\d{6}"));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("custody-give-back-dialog"))).isEmpty();
        assertThat(grid.getSelectedItems()).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodian(person.id()),
                List.of(), 0, 10))).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> assets.history(first.id())).get(0).changes()).contains(
                new br.com.patritech.assets.AssetHistoryEntry.FieldChange("custodian", person.label(), null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGestorRecordsThePaperSignatureOnThePersonsPageAndAnAuditorHasNoSuchButton() {
        PersonSummary person = fixtures.person(own.unitId(), "Íris Campos");
        AssetDetails asset = fixtures.asset(category, own, "Microscópio", "5200.00");
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(Set.of(asset.id()), person.id())).get(0);

        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("responsaveis/" + person.id());
        Grid<TermSummary> readOnly = _get(Grid.class, spec -> spec.withId("person-terms"));
        assertThat(GridKt._getCellComponent(readOnly, 0, "state")).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).isEqualTo("Aguardando aceite"));

        login(gestor);
        UI.getCurrent().navigate("responsaveis/" + person.id());
        Grid<TermSummary> grid = _get(Grid.class, spec -> spec.withId("person-terms"));
        Button sign = (Button) GridKt._getCellComponent(grid, 0, "state");
        assertThat(sign.getId()).hasValue("record-signature-" + term.number());
        _click(sign);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close(); // as the browser does on confirm; a modal dialog hides the rest of the UI from the lookup

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("Assinatura registrada"));
        assertThat(GridKt._getCellComponent(grid, 0, "state")).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).startsWith("Assinado em papel"));
        assertThat(SystemUser.callAs(gestor, () -> terms.find(new br.com.patritech.custody.TermService.TermFilter(
                person.id(), null, null, null), 0, 10))).singleElement().satisfies(t -> {
                    assertThat(t.acceptance()).isEqualTo(br.com.patritech.custody.TermAcceptance.PAPER);
                    assertThat(t.acceptedBy()).isEqualTo(gestor.name());
                });
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodian(person.id())
                .withCustodyPending(true), List.of(), 0, 10))).isEmpty();
    }

    @Autowired br.com.patritech.custody.TermService terms;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String codeOf(long termId) {
        return jdbc.queryForObject("select verification_code from custody_terms where id = ?", String.class, termId);
    }
}
