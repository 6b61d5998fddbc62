package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Everything about one asset, and what the current user may do with it. */
public record AssetDetails(long id, long version, String tombo, String name, String description, String serialNumber,
                           long categoryId, String categoryName, long unitId, String unitCode, String unitName,
                           Long roomId, String roomName, BigDecimal acquisitionValue, LocalDate acquisitionDate,
                           String supplier, String invoiceNumber, Origin origin, Conservation conservation,
                           Classification classification, AssetStatus status, WriteOff writeOff,
                           Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                           AllowedActions allowed) {

    /** Present only while the asset is written off. */
    public record WriteOff(LocalDate date, WriteOffReason reason, String processNumber, String note, String by) {
    }

    /** The actions the current user may take now; the service checks them again on every call. */
    public record AllowedActions(boolean edit, boolean transfer, boolean writeOff, boolean revertWriteOff) {
    }

    public boolean writtenOff() {
        return status == AssetStatus.BAIXADO;
    }
}
