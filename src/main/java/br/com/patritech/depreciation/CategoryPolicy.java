package br.com.patritech.depreciation;

import java.math.BigDecimal;

/** A category's depreciation policy as screens and the API show it; version 0 = never set (does not depreciate). */
public record CategoryPolicy(long categoryId, String categoryName, boolean depreciates, int usefulLifeMonths,
                             BigDecimal residualPercent, long version) {

    public DepreciationPolicy policy() {
        return new DepreciationPolicy(depreciates, usefulLifeMonths, residualPercent);
    }
}
