package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class DepreciationClosingPostgresTest extends DepreciationClosingTests {

    @Test
    void theLedgerCannotBeEditedEvenWithDirectSql() {
        close("2024-04");
        assertThatThrownBy(() -> jdbc.update("update depreciation_entries set amount = 0")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from depreciation_entries")).hasMessageContaining("append-only");
    }
}
