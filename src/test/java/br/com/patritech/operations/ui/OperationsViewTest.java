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

    @org.springframework.beans.factory.annotation.Autowired
    org.flywaydb.core.Flyway flyway;

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
        // Newest first, at most 15 (every feature adds migrations, so the oldest one drops off the page).
        assertThat(GridKt._size(migrations)).isBetween(4, 15);
        String newest = context.getBean(org.flywaydb.core.Flyway.class).info().current().getVersion().getVersion();
        assertThat(GridKt._getFormattedRow(migrations, 0).get(0)).isEqualTo(newest);
        Grid<?> errors = _get(Grid.class, spec -> spec.withId("ops-errors"));
        List<String> newestError = GridKt._getFormattedRow(errors, 0);
        assertThat(newestError).contains("req-0123456789abcdef", "IllegalStateException");
        assertThat(String.join(" ", newestError)).doesNotContain("52998224725", "senha");
    }

    /**
     * The build writes target/classes/git.properties (git-commit-id-maven-plugin) whenever it runs in a git checkout;
     * Spring Boot reads it into GitProperties and the page shows the short commit. Built from a tree without .git,
     * there is no GitProperties and the page says it does not know.
     */
    @Test
    void thePageShowsTheShortCommitTheBuildRecorded() {
        var git = context.getBeanProvider(org.springframework.boot.info.GitProperties.class).getIfAvailable();
        boolean checkout = java.nio.file.Files.exists(java.nio.file.Path.of(".git"));
        login(testUsers.principal(Role.ADMIN, Set.of(), Set.of()));

        UI.getCurrent().navigate("operacao");

        if (checkout) {
            assertThat(git).as("a build in a git checkout records its commit").isNotNull();
            assertThat(git.getCommitId()).matches("[0-9a-f]{40}");
            assertThat(figure("ops-commit")).isEqualTo(git.getShortCommitId())
                    .matches("[0-9a-f]{7,}").isEqualTo(git.getCommitId().substring(0, figure("ops-commit").length()));
        } else {
            assertThat(git).isNull();
            assertThat(figure("ops-commit")).isEqualTo("—");
        }
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
