package br.com.patritech.assets;

import java.math.BigDecimal;

/**
 * How many assets match a filter, and the value of those not written off. When {@code exact} is false, more than
 * {@code count} assets match (a broad text search, counted only up to a limit so that it never reads every asset)
 * and {@code activeValue} is null: money is shown only when it is exact.
 */
public record AssetTotals(long count, BigDecimal activeValue, boolean exact) {

    public AssetTotals(long count, BigDecimal activeValue) {
        this(count, activeValue, true);
    }

    static AssetTotals moreThan(long count) {
        return new AssetTotals(count, null, false);
    }
}
