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

/** For any value, life and residual, the schedule sums to the depreciable amount exactly and never goes negative. */
class DepreciationScheduleProperties {

    @Property(tries = 2000)
    void theMonthsSumToTheDepreciableAmountToTheCent(
            @ForAll @BigRange(min = "0", max = "9999999999999.99") @Scale(2) BigDecimal base,
            @ForAll @IntRange(min = 1, max = 600) int lifeMonths,
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal residualPercent) {
        DepreciationPolicy policy = new DepreciationPolicy(true, lifeMonths, residualPercent);
        List<Month> months = DepreciationSchedule.of(base, LocalDate.of(2020, 5, 31), policy, null);
        BigDecimal sum = months.stream().map(Month::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(months).hasSize(lifeMonths);
        assertThat(sum).isEqualByComparingTo(base.subtract(policy.residualOf(base)));
        assertThat(months).allSatisfy(m -> assertThat(m.amount().signum()).isNotNegative());
        assertThat(months.getLast().bookValue()).isEqualByComparingTo(policy.residualOf(base));
    }
}
