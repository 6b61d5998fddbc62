package br.com.patritech.depreciation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A recorded revaluation or impairment: from the start of {@code month} the asset depreciates from {@code newValue}. */
public record Adjustment(long id, long assetId, AdjustmentKind kind, LocalDate date, YearMonth month,
                         BigDecimal previousBookValue, BigDecimal newValue, String reason, Instant recordedAt,
                         String recordedBy) {

    /** What a person asks for: the kind, the date it happened, the new value and why. */
    public record Request(AdjustmentKind kind, LocalDate date, BigDecimal newValue, String reason) {
    }
}
