package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import br.com.patritech.depreciation.DepreciationSchedule.Month;

/** The fiscal schedule (RFB IN 1700/2017): worked examples a person can check with a calculator. */
class FiscalScheduleTest {

    private static final FiscalRate COMPUTERS = FiscalRate.of("20");

    @Test
    void twelveThousandAtTwentyPercentAYearTakes200AMonthForSixtyMonthsDownToZero() {
        // 12.000,00 x 20 % / 12 = 200,00 a month; 100 % / 20 % = 5 years = 60 months; no residual value
        List<Month> months = DepreciationSchedule.fiscal(new BigDecimal("12000.00"), LocalDate.of(2024, 3, 15), COMPUTERS,
                null);
        assertThat(COMPUTERS.months()).isEqualTo(60);
        assertThat(months).hasSize(60);
        assertThat(months).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("200.00"));
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(months.getFirst().bookValue()).isEqualByComparingTo("11800.00");
        assertThat(months.get(11).accumulated()).isEqualByComparingTo("2400.00"); // one year: 20 % of the cost
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2029, 3));
        assertThat(months.getLast().accumulated()).isEqualByComparingTo("12000.00");
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void aQuotaThatDoesNotDivideEvenlyPutsTheCentsLeftOverInTheLastMonth() {
        // 1.000,00 x 20 % / 12 = 16,666... -> 16,66; 59 x 16,66 = 982,94; month 60 takes 1.000,00 - 982,94 = 17,06
        List<Month> months = DepreciationSchedule.fiscal(new BigDecimal("1000.00"), LocalDate.of(2025, 1, 10), COMPUTERS,
                null);
        assertThat(months).hasSize(60);
        assertThat(months.subList(0, 59)).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("16.66"));
        assertThat(months.getLast().amount()).isEqualByComparingTo("17.06");
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void aRateThatDoesNotDivideAHundredEndsInTheMonthThatCompletesTheCost() {
        // 6,67 % a year: 12.000,00 x 6,67 % / 12 = 66,70 a month; 1200 / 6,67 = 179,9 -> 180 months;
        // 179 x 66,70 = 11.939,30; month 180 takes 12.000,00 - 11.939,30 = 60,70
        FiscalRate rate = FiscalRate.of("6.67");
        List<Month> months = DepreciationSchedule.fiscal(new BigDecimal("12000.00"), LocalDate.of(2024, 1, 5), rate, null);
        assertThat(rate.months()).isEqualTo(180);
        assertThat(months).hasSize(180);
        assertThat(months.getFirst().amount()).isEqualByComparingTo("66.70");
        assertThat(months.getLast().amount()).isEqualByComparingTo("60.70");
        assertThat(months.getLast().accumulated()).isEqualByComparingTo("12000.00");
    }

    @Test
    void buildingsAtFourPercentTakeTwentyFiveYearsAndFurnitureAtTenPercentTen() {
        // 300.000,00 x 4 % / 12 = 1.000,00 a month for 300 months; 2.400,00 x 10 % / 12 = 20,00 for 120 months
        List<Month> building = DepreciationSchedule.fiscal(new BigDecimal("300000.00"), LocalDate.of(2020, 6, 1),
                FiscalRate.of("4"), null);
        List<Month> desk = DepreciationSchedule.fiscal(new BigDecimal("2400.00"), LocalDate.of(2020, 6, 1),
                FiscalRate.of("10"), null);
        assertThat(building).hasSize(300).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("1000.00"));
        assertThat(desk).hasSize(120).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("20.00"));
    }

    @Test
    void anAssetBoughtOnTheThirtyFirstStartsNextMonthAndAWriteOffStopsItFromItsMonth() {
        // bought 31/01/2025, written off 10/07/2025: February..June = 5 months x 200,00 = 1.000,00
        List<Month> months = DepreciationSchedule.fiscal(new BigDecimal("12000.00"), LocalDate.of(2025, 1, 31), COMPUTERS,
                LocalDate.of(2025, 7, 10));
        assertThat(months).hasSize(5);
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(months.getLast().bookValue()).isEqualByComparingTo("11000.00");
    }

    @Test
    void aZeroRateDoesNotDepreciate() {
        assertThat(DepreciationSchedule.fiscal(new BigDecimal("50000.00"), LocalDate.of(2024, 1, 1), FiscalRate.NONE,
                null)).isEmpty();
        assertThat(FiscalRate.NONE.months()).isZero();
    }

    @Test
    void theOpeningBalanceIsWhatTheScheduleTookBeforeTheMonth() {
        // month 13 of 12.000,00 at 20 %: 12 x 200,00 = 2.400,00 before it; from month 61 on, the whole cost
        assertThat(DepreciationSchedule.fiscalOpening(new BigDecimal("12000.00"), COMPUTERS, 1)).isEqualByComparingTo("0");
        assertThat(DepreciationSchedule.fiscalOpening(new BigDecimal("12000.00"), COMPUTERS, 13))
                .isEqualByComparingTo("2400.00");
        assertThat(DepreciationSchedule.fiscalOpening(new BigDecimal("12000.00"), COMPUTERS, 61))
                .isEqualByComparingTo("12000.00");
        assertThat(DepreciationSchedule.fiscalOpening(new BigDecimal("12000.00"), FiscalRate.NONE, 30))
                .isEqualByComparingTo("0");
    }

    @Test
    void theDemoCategoriesGetTheRatesOfAnnexThree() {
        assertThat(FiscalRateTable.suggestionFor("Informática")).contains(FiscalRate.of("20"));
        assertThat(FiscalRateTable.suggestionFor("Mobiliário")).contains(FiscalRate.of("10"));
        assertThat(FiscalRateTable.suggestionFor("Veículos")).contains(FiscalRate.of("20"));
        assertThat(FiscalRateTable.suggestionFor("Eletrodomésticos")).contains(FiscalRate.of("10"));
        assertThat(FiscalRateTable.suggestionFor("Equipamentos médicos")).contains(FiscalRate.of("10"));
        assertThat(FiscalRateTable.suggestionFor("Edificações")).contains(FiscalRate.of("4"));
        assertThat(FiscalRateTable.suggestionFor("Terrenos")).contains(FiscalRate.NONE);
        assertThat(FiscalRateTable.suggestionFor("Material de consumo")).isEmpty();
    }
}
