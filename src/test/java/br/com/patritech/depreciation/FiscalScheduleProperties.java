package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import br.com.patritech.depreciation.DepreciationSchedule.Month;

/**
 * For any cost and annual rate, the fiscal schedule sums to the cost exactly (no residual), lasts ceil(1200 / rate)
 * months, never goes negative, and the closing's opening balance is what the schedule took before the month.
 */
class FiscalScheduleProperties {

    @Property(tries = 2000)
    void theMonthsSumToTheCostToTheCent(
            @ForAll @BigRange(min = "0", max = "9999999999999.99") @Scale(2) BigDecimal cost,
            @ForAll @BigRange(min = "1", max = "100") @Scale(2) BigDecimal annualPercent) {
        FiscalRate rate = new FiscalRate(annualPercent);
        List<Month> months = DepreciationSchedule.fiscal(cost, LocalDate.of(2020, 5, 31), rate, null);
        BigDecimal sum = months.stream().map(Month::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(months).hasSize(rate.months());
        assertThat(sum).isEqualByComparingTo(cost);
        assertThat(months).allSatisfy(m -> {
            assertThat(m.amount().signum()).isNotNegative();
            assertThat(m.bookValue().signum()).isNotNegative();
        });
        assertThat(months.subList(0, months.size() - 1))
                .allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo(rate.monthly(cost)));
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("0");
    }

    @Property(tries = 500)
    void theOpeningBalanceOfMonthKIsTheScheduleUpToTheMonthBefore(
            @ForAll @BigRange(min = "0", max = "99999999.99") @Scale(2) BigDecimal cost,
            @ForAll @BigRange(min = "1", max = "100") @Scale(2) BigDecimal annualPercent,
            @ForAll @IntRange(min = 1, max = 1300) int k) {
        FiscalRate rate = new FiscalRate(annualPercent);
        List<Month> months = DepreciationSchedule.fiscal(cost, LocalDate.of(2020, 5, 31), rate, null);
        BigDecimal before = k <= 1 ? BigDecimal.ZERO : months.get(Math.min(k - 1, months.size()) - 1).accumulated();
        assertThat(DepreciationSchedule.fiscalOpening(cost, rate, k)).isEqualByComparingTo(before);
    }
}
