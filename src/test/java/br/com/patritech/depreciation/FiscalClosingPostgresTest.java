package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class FiscalClosingPostgresTest extends FiscalClosingTests {

    @Test
    void theFiscalLedgerAndTheRatesHistoryCannotBeEditedEvenWithDirectSql() {
        long category = fixtures.newCategory("FSA");
        br.com.patritech.security.SystemUser.callAs(admin, () -> fiscal.changeRate(category, 0, BigDecimal.TEN));
        br.com.patritech.security.SystemUser.callAs(admin, () -> fiscal.change(fiscal.setting().version(), true));
        br.com.patritech.security.SystemUser.callAs(admin, () -> closings.close(java.time.YearMonth.of(2024, 4)));
        assertThatThrownBy(() -> jdbc.update("update depreciation_entries set fiscal_amount = 0"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update depreciation_fiscal_rate_changes set annual_rate_percent = 50"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from depreciation_fiscal_rate_changes"))
                .hasMessageContaining("append-only");
    }
}
