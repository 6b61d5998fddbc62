package br.com.patritech.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.audit.AuditEntry;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.Downloads;
import br.com.patritech.support.KaribuTest;

/** /auditoria: what an auditor and a gestor see, the filters, and the CSV of the filter. */
class AuditViewTest extends KaribuTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private void publish(AppUser actor, String action, String subject, Long unitId) {
        SystemUser.callAs(actor, () -> transactions.execute(status -> {
            events.publishEvent(new AuditedAction(action, subject, unitId, "detalhe " + subject));
            return null;
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEntry> rows() {
        return GridKt._fetch((Grid<AuditEntry>) _get(Grid.class, spec -> spec.withId("audit-grid")), 0, 100);
    }

    @Test
    void anAuditorFiltersByWhatAndWhoSeesTranslatedActionsAndDownloadsTheFilterAsCsv() throws Exception {
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        String marker = "tela-" + System.nanoTime();
        publish(admin, "USER_PASSWORD_RESET", marker + "-reset", null);
        publish(admin, "FUTURE_ACTION", marker + "-future", null);
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));

        UI.getCurrent().navigate("auditoria");

        assertThat(_get(H2.class).getText()).isEqualTo("Trilha de auditoria");
        assertThat(_find(Paragraph.class, spec -> spec.withId("audit-scoped"))).isEmpty();
        _get(TextField.class, spec -> spec.withId("audit-who")).setValue(admin.name());
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly(marker + "-future", marker + "-reset");
        @SuppressWarnings("unchecked")
        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        action.setValue("USER_PASSWORD_RESET");
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly(marker + "-reset");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Senha redefinida", marker + "-reset");
        action.setValue("FUTURE_ACTION");
        assertThat(GridKt._getFormattedRow(grid, 0)).as("a code without translation shows as it is")
                .contains("FUTURE_ACTION");

        List<String> csv = Downloads.text(_get(Anchor.class, spec -> spec.withId("audit-export"))).lines().toList();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains(";FUTURE_ACTION;", marker + "-future").doesNotContain(marker + "-reset");
    }

    @Test
    void aGestorIsToldTheyOnlySeeTheirUnitsAndSeesNothingElse() {
        long unit = testUsers.anyUnit();
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(unit), Set.of());
        String marker = "gestor-" + System.nanoTime();
        publish(gestor, "TEST_SCREEN", marker + "-unit", unit);
        publish(gestor, "TEST_SCREEN", marker + "-none", null);
        login(gestor);

        UI.getCurrent().navigate("auditoria");
        _get(TextField.class, spec -> spec.withId("audit-who")).setValue(gestor.login());

        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-scoped")).getText())
                .isEqualTo("Você vê apenas os registros sobre as suas unidades.");
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly(marker + "-unit");
    }
}
