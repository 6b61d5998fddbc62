package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The closing calendar: the last month closed (null before the first closing) with its totals, and the month to close
 * next (null while the month after the last closed one has not ended). {@code fiscalTotalAmount}: the fiscal
 * depreciation of the last closed month, null when that closing did not compute the fiscal schedule.
 */
public record ClosingStatus(YearMonth lastClosed, Long lastClosingId, long assetCount, BigDecimal totalAmount,
                            YearMonth nextToClose, BigDecimal fiscalTotalAmount) {
}
