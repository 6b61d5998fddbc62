package br.com.patritech.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.RequestId;
import br.com.patritech.operations.OperationsService;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** The operator's page: what an administrator sees there, and that nobody else gets in. */
class OperationsViewTest extends KaribuTest {

    @Test
    void administratorSeesUptimeSessionsMigrationsBackupAndTheLastErrorsWithoutTheirMessages() {
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));
        // Other test contexts re-initialise logging and drop the recorder; the page (like any request) re-attaches it.
        UI.getCurrent().navigate("operacao");
        UI.getCurrent().navigate("");
        MDC.put(RequestId.MDC_KEY, "req-0123456789abcdef");
        try {
            LoggerFactory.getLogger("br.com.patritech.test").error("Falha com o CPF 52998224725 digitado",
                    new IllegalStateException("senha secreta"));
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }

        UI.getCurrent().navigate("operacao");

        assertThat(_get(H2.class).getText()).isEqualTo("Operação do sistema");
        assertThat(figure("ops-uptime")).matches("\\d+ d \\d+ h \\d+ min");
        assertThat(figure("ops-sessions")).as("this test's own session").matches("[1-9]\\d*");
        assertThat(figure("ops-last-backup")).isEqualTo("Nenhum backup registrado");
        Grid<?> migrations = _get(Grid.class, spec -> spec.withId("ops-migrations"));
        assertThat(GridKt._size(migrations)).isBetween(4, 15); // the latest 15: V1 drops out as features add theirs
        String latest = GridKt._getFormattedRow(migrations, 0).get(0);
        String oldest = GridKt._getFormattedRow(migrations, GridKt._size(migrations) - 1).get(0);
        assertThat(org.flywaydb.core.api.MigrationVersion.fromVersion(latest))
                .as("newest first").isGreaterThan(org.flywaydb.core.api.MigrationVersion.fromVersion(oldest));
        Grid<?> errors = _get(Grid.class, spec -> spec.withId("ops-errors"));
        List<String> newest = GridKt._getFormattedRow(errors, 0);
        assertThat(newest).contains("req-0123456789abcdef", "IllegalStateException");
        assertThat(String.join(" ", newest)).doesNotContain("52998224725", "senha");
    }

    @Test
    void gestorAndAuditorGetTheNotAllowedPageAndTheServiceRefusesThem() {
        for (var user : List.of(testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.allOf(Permission.class)),
                testUsers.principal(Role.AUDITOR, Set.of(), Set.of()))) {
            login(user);

            UI.getCurrent().navigate("operacao");

            assertThat(_get(H2.class).getText()).as(user.role().name()).isEqualTo("Acesso não permitido");
            assertThat(_find(Div.class, spec -> spec.withId("ops-uptime"))).isEmpty();
            assertThatThrownBy(() -> context.getBean(OperationsService.class).status())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String figure(String id) {
        Div card = _get(Div.class, spec -> spec.withId(id));
        return card.getChildren().skip(1).findFirst().map(c -> c.getElement().getText()).orElseThrow();
    }
}
