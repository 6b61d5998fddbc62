package br.com.patritech.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.base.Translations;
import br.com.patritech.exchange.ImportJob;
import br.com.patritech.exchange.ImportMode;
import br.com.patritech.exchange.ImportRejection;
import br.com.patritech.exchange.ImportService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.KaribuTest;

/** /importar after the user left a running import and came back: the result and the refused rows are there. */
class ImportViewTest extends KaribuTest {

    @Autowired
    ImportService imports;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void comingBackShowsTheLastImportsResultAndItsRefusedRows() throws Exception {
        AssetFixtures.Place place = fixtures.newUnit();
        String category = jdbc.queryForObject("select name from categories where id = ?", String.class,
                fixtures.newCategory("KAR"));
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        login(admin);
        String csv = "Nome;Categoria;Unidade;Valor\r\nMesa;" + category + ";" + place.unitCode() + ";10,00\r\n"
                + "Cadeira;" + category + ";" + place.unitCode() + ";muito\r\n";
        var stored = imports.receive(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        ImportJob job = imports.start(stored, "bens.csv", imports.preview(stored).mapping(), ImportMode.VALID_ONLY,
                false, Translations.PT_BR);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!imports.job(job.id()).status().finished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100); // the job runs on its own thread
        }

        UI.getCurrent().navigate("importar");

        assertThat(_get(Span.class, spec -> spec.withId("import-status")).getText())
                .isEqualTo("bens.csv · Concluída");
        assertThat(_get(Span.class, spec -> spec.withId("import-result")).getText())
                .isEqualTo("1 bem importado de 2; 1 linha recusada");
        assertThat(_find(H3.class)).as("the page's title is not repeated above the result").extracting(H3::getText)
                .doesNotContain("Importar bens");
        @SuppressWarnings("unchecked")
        Grid<ImportRejection> grid = _get(Grid.class, spec -> spec.withId("import-rejections"));
        List<ImportRejection> rows = GridKt._fetch(grid, 0, 10);
        assertThat(rows).containsExactly(new ImportRejection(3, "Valor",
                "\"muito\": Valor inválido: escreva como 4.899,90 ou 4899.90"));
    }

    @Test
    void anAuditorCannotOpenTheImport() {
        login(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()));
        UI.getCurrent().navigate("importar");
        assertThat(_find(ImportView.class)).isEmpty();
    }
}
