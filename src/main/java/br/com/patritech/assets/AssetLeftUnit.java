package br.com.patritech.assets;

import br.com.patritech.security.AppUser;

/**
 * Published (synchronously, inside the changing transaction) whenever an asset's unit changes, so features that
 * hold something per unit end it without {@code assets} knowing them: custody ends the custody held in the old unit.
 * Listeners run in the same transaction; an exception from one rolls the change back.
 */
public record AssetLeftUnit(long assetId, long fromUnitId, long toUnitId, AppUser actor) {
}
