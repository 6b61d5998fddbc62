package br.com.patritech.assets;

import java.math.BigDecimal;

/** How many assets match a filter, and the value of those not written off. */
public record AssetTotals(long count, BigDecimal activeValue) {
}
