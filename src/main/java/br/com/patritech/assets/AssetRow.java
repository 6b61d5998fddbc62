package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the asset list. */
public record AssetRow(long id, String tombo, String name, String serialNumber, String categoryName, long unitId,
                       String unitCode, String unitName, Long roomId, String roomName, BigDecimal acquisitionValue,
                       AssetStatus status, Classification classification, Instant createdAt) {
}
