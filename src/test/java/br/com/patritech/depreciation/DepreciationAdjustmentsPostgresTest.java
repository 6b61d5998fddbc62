package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class DepreciationAdjustmentsPostgresTest extends DepreciationAdjustmentsTests {

    @Test
    void adjustmentsCannotBeEditedEvenWithDirectSql() {
        SystemUser.callAs(admin, () -> adjustments.record(notebook.id(), new Adjustment.Request(AdjustmentKind.REVALUATION,
                LocalDate.of(2024, 5, 2), new BigDecimal("15000.00"), "Laudo")));
        assertThatThrownBy(() -> jdbc.update("update depreciation_adjustments set new_value = 0"))
                .hasMessageContaining("append-only");
    }
}
