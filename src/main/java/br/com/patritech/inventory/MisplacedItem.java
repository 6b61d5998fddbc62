package br.com.patritech.inventory;

import br.com.patritech.assets.AssetStatus;

/**
 * An asset of the campaign's units read in another room than its own (MISPLACED), where it is now and where it was
 * found. {@code pending}: it is not yet where it was found (nor in transit there), so "move" is still to be done.
 */
public record MisplacedItem(long assetId, long assetVersion, String tombo, String name, AssetStatus status,
                            String unitCode, String roomName, long foundUnitId, String foundUnitCode, long foundRoomId,
                            String foundRoomName, boolean pending) {

    /** Within its own unit the move is a room change; to another unit it is a transfer guide. */
    public boolean sameUnit(long unitId) {
        return unitId == foundUnitId;
    }
}
