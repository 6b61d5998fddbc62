package br.com.patritech.assets;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.CurrentUser;

/**
 * Read-only: which asset a printed tombo (a label's QR link, a typed number) names, as the current user sees it.
 * An asset outside the user's units is answered as an unknown tombo, like every other scoped read.
 */
@Component
public class AssetTomboLookup {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    AssetTomboLookup(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<Long> visibleAssetId(String tombo) {
        var scope = currentUser.require().visibleUnits();
        String normalized = tombo == null ? "" : tombo.strip().toUpperCase(Locale.ROOT);
        record Found(long id, long unitId) {
        }
        return jdbc.sql("select id, unit_id from assets where tombo = ?").param(normalized)
                .query((rs, i) -> new Found(rs.getLong(1), rs.getLong(2))).optional()
                .filter(f -> scope.contains(f.unitId())).map(Found::id);
    }
}
