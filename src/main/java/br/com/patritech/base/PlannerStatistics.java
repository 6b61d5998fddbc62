package br.com.patritech.base;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's statistics of a table that one statement has just grown by a large set of rows (a closing's
 * month of ledger rows, an inventory's snapshot, an import). Plans made from statistics taken before would take the
 * new rows for absent and walk them all for each lookup. ANALYZE counts the calling transaction's own rows, so the
 * statistics commit with them. Other databases (H2 in tests) plan without such statistics: nothing to do there.
 */
@Component
public class PlannerStatistics {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean onPostgres() {
        if (postgres == null) {
            postgres = "PostgreSQL".equalsIgnoreCase(jdbc.execute(
                    (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }

    /** ANALYZE {@code table}, left to a concurrent ANALYZE (autovacuum, another instance) that holds it already. */
    public void refresh(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        if (onPostgres()) {
            jdbc.execute("analyze (skip_locked) " + table);
        }
    }
}
