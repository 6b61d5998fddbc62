package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class ListBookValuesPostgresTest extends ListBookValuesTests {

    /**
     * A search's book-value total looks its matches up in the last closing's ledger rows. With statistics from before
     * that closing, PostgreSQL takes the new closing for empty and walks all of its rows (at 1,000,000 assets: 928 ms
     * for 900 matches, 20 ms once it knows). The closing therefore refreshes them as it ends.
     */
    @Test
    void afterAClosingThePlannerKnowsHowManyLedgerRowsItHas() {
        for (int i = 0; i < 40; i++) {
            register(own, "Notebook " + i, "1200.00");
        }
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));
        jdbc.execute("analyze depreciation_entries"); // what autovacuum does while the ledger holds that closing only
        SystemUser.callAs(admin, () -> closings.reopen(YearMonth.of(2024, 4)));
        SystemUser.callAs(admin, () -> closings.close(YearMonth.of(2024, 4)));

        long latest = jdbc.queryForObject("select max(id) from depreciation_closings", Long.class);
        String plan = String.join(" ", jdbc.queryForList(
                "explain select book_value from depreciation_entries where closing_id = ?", String.class, latest));
        long estimated = Long.parseLong(plan.replaceFirst("^.*?rows=(\\d+).*$", "$1"));
        assertThat(estimated).as(plan).isGreaterThanOrEqualTo(20);
    }
}
