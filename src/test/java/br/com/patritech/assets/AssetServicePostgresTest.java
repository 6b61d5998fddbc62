package br.com.patritech.assets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.security.SystemUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class AssetServicePostgresTest extends AssetServiceTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void historyCannotBeEditedOrDeletedEvenWithDirectSql() {
        var admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        var asset = SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, own, "Cofre", "100.00")));
        assertThatThrownBy(() -> jdbc.update("update asset_events set actor_name = 'x' where asset_id = ?", asset.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from asset_events where asset_id = ?", asset.id()))
                .hasMessageContaining("append-only");
    }
}
