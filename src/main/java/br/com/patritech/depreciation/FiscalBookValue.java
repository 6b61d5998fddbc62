package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import br.com.patritech.depreciation.DepreciationSchedule.Month;

/**
 * One asset's fiscal depreciation (RFB IN 1700/2017), shown beside the accounting one when the installation computes
 * it: the category's annual rate and the months it takes, accumulated depreciation and fiscal book value as of the
 * last closing that computed it ({@code asOf}, null before any), months of it left, the months closed ({@code past},
 * from the ledger) and those to come ({@code projected}, by the current rate).
 */
public record FiscalBookValue(BigDecimal annualRatePercent, int months, BigDecimal accumulated, BigDecimal bookValue,
                              YearMonth asOf, int remainingMonths, List<Month> past, List<Month> projected) {

    public boolean depreciates() {
        return annualRatePercent.signum() > 0;
    }
}
