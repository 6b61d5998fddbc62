package br.com.patritech.transfers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One guide with its assets, its steps so far, and what the current user may do with it now. */
public record TransferDetails(long id, long version, String number, TransferStatus status, Place origin,
                              Place destination, String reason, String note, List<Item> items, BigDecimal totalValue,
                              Instant createdAt, String createdBy, Instant decidedAt, String decidedBy,
                              String refusalReason, String destinationRoom, Allowed allowed) {

    public record Place(long unitId, String code, String name) {
        public String label() {
            return code + " - " + name;
        }
    }

    /** An asset as it was when sent. */
    public record Item(long assetId, String tombo, String name, String serialNumber, BigDecimal value,
                       String originRoom) {
    }

    /** The service checks each again on every call. */
    public record Allowed(boolean accept, boolean refuse, boolean cancel) {
    }

    public boolean pending() {
        return status == TransferStatus.PENDENTE;
    }
}
