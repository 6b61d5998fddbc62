package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import br.com.patritech.depreciation.DepreciationSchedule.Month;

/** Worked examples a person can check with a calculator. */
class DepreciationScheduleTest {

    private static final DepreciationPolicy COMPUTERS = DepreciationPolicy.straightLine(60, "10");

    @Test
    void twelveThousandOverSixtyMonthsWithTenPercentResidualTakes180AMonth() {
        // (12.000,00 - 1.200,00) / 60 = 180,00
        List<Month> months = DepreciationSchedule.of(new BigDecimal("12000.00"), LocalDate.of(2024, 3, 15), COMPUTERS, null);
        assertThat(months).hasSize(60);
        assertThat(months).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("180.00"));
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(months.getFirst().bookValue()).isEqualByComparingTo("11820.00");
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2029, 3));
        assertThat(months.getLast().accumulated()).isEqualByComparingTo("10800.00");
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("1200.00");
    }

    @Test
    void anAmountThatDoesNotDivideEvenlyPutsTheCentsLeftOverInTheLastMonth() {
        // 1.000,00 - 10 % = 900,00 over 7 months: 128,57 x 6 = 771,42; last month 900,00 - 771,42 = 128,58
        List<Month> months = DepreciationSchedule.of(new BigDecimal("1000.00"), LocalDate.of(2025, 1, 10),
                DepreciationPolicy.straightLine(7, "10"), null);
        assertThat(months).extracting(Month::amount).map(BigDecimal::toPlainString)
                .containsExactly("128.57", "128.57", "128.57", "128.57", "128.57", "128.57", "128.58");
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void anAssetBoughtOnTheThirtyFirstStartsOnTheFirstOfTheNextMonth() {
        List<Month> january = DepreciationSchedule.of(new BigDecimal("12000.00"), LocalDate.of(2025, 1, 31), COMPUTERS, null);
        List<Month> december = DepreciationSchedule.of(new BigDecimal("12000.00"), LocalDate.of(2024, 12, 31), COMPUTERS, null);
        assertThat(january.getFirst().month()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(december.getFirst().month()).isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void aWriteOffStopsDepreciationFromTheWriteOffMonth() {
        // in use 15/03/2024, written off 10/09/2024: April..August = 5 months x 180,00 = 900,00
        List<Month> months = DepreciationSchedule.of(new BigDecimal("12000.00"), LocalDate.of(2024, 3, 15), COMPUTERS,
                LocalDate.of(2024, 9, 10));
        assertThat(months).hasSize(5);
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2024, 8));
        assertThat(months.getLast().accumulated()).isEqualByComparingTo("900.00");
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("11100.00");
    }

    @Test
    void aTinyValueTakesNothingUntilTheLastMonthThenAllOfIt() {
        // 0,50 - 10 % (0,05) = 0,45 over 60 months: 0,0075 a month rounds down to 0,00; month 60 takes 0,45
        List<Month> months = DepreciationSchedule.of(new BigDecimal("0.50"), LocalDate.of(2020, 1, 1), COMPUTERS, null);
        assertThat(months.subList(0, 59)).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("0"));
        assertThat(months.getLast().amount()).isEqualByComparingTo("0.45");
    }

    @Test
    void aCategoryThatDoesNotDepreciateHasNoSchedule() {
        assertThat(DepreciationSchedule.of(new BigDecimal("500000.00"), LocalDate.of(2000, 1, 1), DepreciationPolicy.NONE, null))
                .isEmpty();
    }

    @Test
    void aShorterLifeDecidedMidWayTakesWhatIsLeftAtOnce() {
        // 24 months of 180,00 taken (4.320,00); life cut to 24 months: month 25 takes the remaining 6.480,00
        BigDecimal depreciable = new BigDecimal("10800.00");
        assertThat(DepreciationSchedule.amount(depreciable, 24, 25, new BigDecimal("4320.00"))).isEqualByComparingTo("6480.00");
        assertThat(DepreciationSchedule.amount(depreciable, 24, 26, depreciable)).isEqualByComparingTo("0");
    }
}
