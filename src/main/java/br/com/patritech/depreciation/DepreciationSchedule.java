package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The straight-line schedule of one asset, as pure arithmetic. The depreciable amount D = base - residual is spread
 * over the useful life L: every month takes floor(D / L) to the cent, and month L takes what is left, so the months
 * sum to D exactly. It starts in the month after the asset entered use and stops from the write-off month.
 * <p>
 * The rule is written incrementally ({@link #amount}) because the monthly closing applies exactly the same rule in
 * SQL from the previous month's accumulated value; a policy changed mid-life thus applies to the months to come.
 */
public final class DepreciationSchedule {

    /** One month: what it took, the total taken so far, and what the asset is worth after it. */
    public record Month(YearMonth month, BigDecimal amount, BigDecimal accumulated, BigDecimal bookValue) {
    }

    private DepreciationSchedule() {
    }

    /** Every month from the first one of depreciation up to the last (or up to the month before the write-off). */
    public static List<Month> of(BigDecimal base, LocalDate inUse, DepreciationPolicy policy, LocalDate writtenOff) {
        List<Month> months = new ArrayList<>();
        if (inUse == null || !policy.depreciates() || policy.usefulLifeMonths() <= 0) {
            return months;
        }
        BigDecimal depreciable = depreciable(base, policy);
        YearMonth first = YearMonth.from(inUse).plusMonths(1);
        YearMonth stop = writtenOff == null ? null : YearMonth.from(writtenOff);
        BigDecimal accumulated = BigDecimal.ZERO.setScale(2);
        for (int k = 1; k <= policy.usefulLifeMonths(); k++) {
            YearMonth month = first.plusMonths(k - 1L);
            if (stop != null && !month.isBefore(stop)) {
                break;
            }
            BigDecimal amount = amount(depreciable, policy.usefulLifeMonths(), k, accumulated);
            accumulated = accumulated.add(amount);
            months.add(new Month(month, amount, accumulated, base.subtract(accumulated).setScale(2, RoundingMode.HALF_UP)));
        }
        return months;
    }

    /**
     * The fiscal schedule (RFB IN 1700/2017): the whole cost, no residual, {@link FiscalRate#monthly} a month, month
     * {@link FiscalRate#months} takes what is left. Same start and write-off rule as the accounting schedule.
     * Revaluations and impairments do not change it: the tax base is the acquisition cost.
     */
    public static List<Month> fiscal(BigDecimal cost, LocalDate inUse, FiscalRate rate, LocalDate writtenOff) {
        List<Month> months = new ArrayList<>();
        if (inUse == null || !rate.depreciates()) {
            return months;
        }
        BigDecimal depreciable = cost.setScale(2, RoundingMode.HALF_UP);
        BigDecimal monthly = rate.monthly(cost);
        int life = rate.months();
        YearMonth first = YearMonth.from(inUse).plusMonths(1);
        YearMonth stop = writtenOff == null ? null : YearMonth.from(writtenOff);
        BigDecimal accumulated = BigDecimal.ZERO.setScale(2);
        for (int k = 1; k <= life; k++) {
            YearMonth month = first.plusMonths(k - 1L);
            if (stop != null && !month.isBefore(stop)) {
                break;
            }
            BigDecimal amount = amount(depreciable, monthly, life, k, accumulated);
            accumulated = accumulated.add(amount);
            months.add(new Month(month, amount, accumulated, depreciable.subtract(accumulated)));
        }
        return months;
    }

    /**
     * What the fiscal schedule has taken before month {@code k} when no closing has computed it yet (the fiscal
     * schedule just turned on, or the asset closed for the first time): the closing's opening balance.
     */
    public static BigDecimal fiscalOpening(BigDecimal cost, FiscalRate rate, long k) {
        BigDecimal depreciable = cost.setScale(2, RoundingMode.HALF_UP);
        if (!rate.depreciates() || k <= 1) {
            return BigDecimal.ZERO.setScale(2);
        }
        return k - 1 >= rate.months() ? depreciable : rate.monthly(cost).multiply(BigDecimal.valueOf(k - 1));
    }

    /** Base minus residual, to the cent; zero for a category that does not depreciate. */
    public static BigDecimal depreciable(BigDecimal base, DepreciationPolicy policy) {
        return base.setScale(2, RoundingMode.HALF_UP).subtract(policy.residualOf(base));
    }

    /** floor(D / L) to the cent: never more than the even share, so the last month only ever adds. */
    public static BigDecimal monthly(BigDecimal depreciable, int usefulLifeMonths) {
        return depreciable.divide(BigDecimal.valueOf(usefulLifeMonths), 2, RoundingMode.DOWN);
    }

    /**
     * What month number {@code k} (1 = first month of depreciation) takes, given what was taken before it: the monthly
     * share, or from month L on whatever is left; never more than is left, never negative.
     */
    public static BigDecimal amount(BigDecimal depreciable, int usefulLifeMonths, long k, BigDecimal accumulatedBefore) {
        BigDecimal monthly = usefulLifeMonths > 0 ? monthly(depreciable, usefulLifeMonths) : BigDecimal.ZERO;
        return amount(depreciable, monthly, usefulLifeMonths, k, accumulatedBefore);
    }

    /** The same rule with a given monthly share (the fiscal schedule's is cost × rate / 1200, not D / L). */
    public static BigDecimal amount(BigDecimal depreciable, BigDecimal monthly, int life, long k,
                                    BigDecimal accumulatedBefore) {
        if (k < 1) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal left = depreciable.subtract(accumulatedBefore).max(BigDecimal.ZERO);
        BigDecimal due = k >= life ? left : monthly;
        return due.min(left).setScale(2, RoundingMode.UNNECESSARY);
    }
}
