package br.com.patritech.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.support.IntegrationTest;

/**
 * The database knows exactly the history kinds the code writes: a feature that adds an {@link AssetEventType}
 * must insert it into {@code asset_event_types} in its migration, or its first history entry would fail.
 */
@IntegrationTest
abstract class AssetEventTypesTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTableHoldsEveryKindTheCodeWrites() {
        var stored = jdbc.queryForList("select code from asset_event_types", String.class);
        var written = Arrays.stream(AssetEventType.values()).map(Enum::name).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void anUnknownKindIsRefusedByTheDatabase() {
        Long assetId = jdbc.queryForObject("select min(id) from assets", Long.class);
        assertThat(assetId).as("the demo data has assets").isNotNull();
        assertThatThrownBy(() -> jdbc.update("insert into asset_events (asset_id, type, occurred_at, actor_name) "
                + "values (?, 'NO_SUCH_KIND', current_timestamp, 'test')", assetId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
