package br.com.patritech.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.security.SystemUser;
import br.com.patritech.security.UnitScope;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class AssetListPagingPostgresTest extends AssetListPagingTests {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** A search read from the trigram indexes alone gives the next query of its transaction the usual plans back. */
    @Test
    void aSearchReadLeavesTheRestOfItsTransactionItsUsualPlans() {
        SystemUser.call(() -> assets.create(AssetFixtures.form(category, place, marker + " bem", "1.00")));
        List<String> settings = new TransactionTemplate(transactions).execute(status -> {
            var read = queries.searchPage(AssetFilter.all().withSearch(marker), UnitScope.of(List.of(place.unitId())),
                    List.of(), 0, 10, 10);
            assertThat(read.page()).hasSize(1);
            return List.of(jdbc.queryForObject("show enable_seqscan", String.class),
                    jdbc.queryForObject("show enable_indexscan", String.class));
        });
        assertThat(settings).containsExactly("on", "on");
    }
}
