package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import br.com.patritech.depreciation.DepreciationSchedule.Month;

/**
 * One asset's depreciation as of the last closed month ({@code asOf}, null before any closing): accumulated
 * depreciation and book value from the ledger, months of life left, the months closed ({@code past}, from the ledger)
 * and those still to come ({@code projected}, by the category's current policy). {@code fiscal}: the fiscal schedule
 * beside it, null while the installation does not compute it.
 */
public record AssetBookValue(long assetId, BigDecimal acquisitionValue, BigDecimal accumulated, BigDecimal bookValue,
                             YearMonth asOf, boolean depreciates, int usefulLifeMonths, int remainingMonths,
                             List<Month> past, List<Month> projected, FiscalBookValue fiscal) {
}
