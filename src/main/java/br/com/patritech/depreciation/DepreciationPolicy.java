package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a category depreciates: straight line over {@code usefulLifeMonths} down to {@code residualPercent} of the base,
 * or not at all (land, works of art).
 */
public record DepreciationPolicy(boolean depreciates, int usefulLifeMonths, BigDecimal residualPercent) {

    public static final DepreciationPolicy NONE = new DepreciationPolicy(false, 0, BigDecimal.ZERO);

    public static DepreciationPolicy straightLine(int usefulLifeMonths, String residualPercent) {
        return new DepreciationPolicy(true, usefulLifeMonths, new BigDecimal(residualPercent));
    }

    /** The residual value of a base, to the cent (half up, as the SQL closing rounds it). */
    public BigDecimal residualOf(BigDecimal base) {
        if (!depreciates) {
            return base.setScale(2, RoundingMode.HALF_UP);
        }
        return base.multiply(residualPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
