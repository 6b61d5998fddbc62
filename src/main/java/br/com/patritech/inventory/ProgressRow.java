package br.com.patritech.inventory;

import java.math.BigDecimal;

/**
 * Counts and values of one room (or of the assets without a room, {@code roomId} null) of a campaign, as expected
 * when it opened: found there, found in another place (misplaced), not found yet (missing).
 */
public record ProgressRow(long unitId, String unitCode, Long roomId, String roomName, long expected, long found,
                          long misplaced, long missing, BigDecimal expectedValue, BigDecimal foundValue,
                          BigDecimal misplacedValue, BigDecimal missingValue) {

    public static ProgressRow total(java.util.List<ProgressRow> rows) {
        return new ProgressRow(0, null, null, null, rows.stream().mapToLong(ProgressRow::expected).sum(),
                rows.stream().mapToLong(ProgressRow::found).sum(), rows.stream().mapToLong(ProgressRow::misplaced).sum(),
                rows.stream().mapToLong(ProgressRow::missing).sum(), sum(rows, ProgressRow::expectedValue),
                sum(rows, ProgressRow::foundValue), sum(rows, ProgressRow::misplacedValue), sum(rows, ProgressRow::missingValue));
    }

    private static BigDecimal sum(java.util.List<ProgressRow> rows, java.util.function.Function<ProgressRow, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
