package br.com.patritech.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetTotalsLedger;
import br.com.patritech.support.IntegrationTest;

/** A bulk load writes around the service; the maintained totals must still equal the assets afterwards. */
@IntegrationTest
class BulkAssetsTotalsTest {

    private static final String CELLS = " group by unit_id, category_id, status, classification"
            + " order by unit_id, category_id, status, classification";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssetTotalsLedger ledger;

    @Test
    void maintainedTotalsEqualTheAssetsAfterABulkLoad() {
        new BulkAssets(jdbc, ledger, 500).run(null);

        assertThat(jdbc.queryForObject("select count(*) from assets where tombo like 'BULK-%'", Long.class))
                .isEqualTo(500);
        List<String> recomputed = jdbc.queryForList("select concat(unit_id, '/', category_id, '/', status, '/',"
                + " classification, ': ', count(*), ' = ', cast(sum(acquisition_value) as numeric(19, 2)))"
                + " from assets" + CELLS, String.class);
        List<String> maintained = jdbc.queryForList("select concat(unit_id, '/', category_id, '/', status, '/',"
                + " classification, ': ', sum(asset_count), ' = ', cast(sum(total_value) as numeric(19, 2)))"
                + " from asset_totals where asset_count <> 0" + CELLS, String.class);
        assertThat(maintained).isEqualTo(recomputed);
    }
}
