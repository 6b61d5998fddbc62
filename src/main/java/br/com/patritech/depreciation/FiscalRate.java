package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fiscal annual depreciation rate, in % of the cost a year (RFB IN 1700/2017, Anexo III: computers 20 %, furniture
 * 10 %, buildings 4 %). Zero: no fiscal depreciation (land, works of art). The fiscal schedule has no residual value:
 * each month takes floor(cost × rate / 1200) to the cent, and month ceil(1200 / rate) (20 % a year: month 60) takes
 * what is left, so the months sum to the cost exactly.
 */
public record FiscalRate(BigDecimal annualPercent) {

    public static final FiscalRate NONE = new FiscalRate(BigDecimal.ZERO);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    public FiscalRate {
        annualPercent = annualPercent == null ? BigDecimal.ZERO.setScale(2) : annualPercent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static FiscalRate of(String annualPercent) {
        return new FiscalRate(new BigDecimal(annualPercent));
    }

    public boolean depreciates() {
        return annualPercent.signum() > 0;
    }

    /** Months until the cost is fully depreciated: ceil(1200 / rate); 0 when the rate is zero. */
    public int months() {
        return depreciates() ? TWELVE_HUNDRED.divide(annualPercent, 0, RoundingMode.CEILING).intValueExact() : 0;
    }

    /** The monthly quota of a cost, floor(cost × rate / 1200) to the cent (as the SQL closing computes it in cents). */
    public BigDecimal monthly(BigDecimal cost) {
        return cost.setScale(2, RoundingMode.HALF_UP).multiply(annualPercent).divide(TWELVE_HUNDRED, 2, RoundingMode.DOWN);
    }
}
