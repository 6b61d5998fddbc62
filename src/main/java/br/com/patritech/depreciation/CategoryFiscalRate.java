package br.com.patritech.depreciation;

import java.math.BigDecimal;

/**
 * A category's fiscal annual rate as screens and the API show it (% of the cost a year; 0: no fiscal depreciation),
 * the months it takes to depreciate the cost at that rate, and the version (0 = never set).
 */
public record CategoryFiscalRate(long categoryId, String categoryName, BigDecimal annualRatePercent, int months,
                                 long version) {

    public FiscalRate rate() {
        return new FiscalRate(annualRatePercent);
    }
}
