package br.com.patritech.inventory;

import java.time.Instant;

/**
 * Something found without a label or unknown to the system, noted for registration later.
 *
 * @param registeredAssetId the asset it was registered as, once registered (reconciliation)
 */
public record UnknownItem(long id, String unitCode, String roomName, String description, String notedBy,
                          Instant notedAt, Long registeredAssetId) {

    public boolean registered() {
        return registeredAssetId != null;
    }
}
