package br.com.patritech.transfers;

import java.math.BigDecimal;
import java.time.Instant;

/** One guide in a list. */
public record TransferRow(long id, String number, TransferStatus status, long originUnitId, String originUnit,
                          long destinationUnitId, String destinationUnit, int assetCount, BigDecimal totalValue,
                          Instant createdAt, String createdBy) {
}
