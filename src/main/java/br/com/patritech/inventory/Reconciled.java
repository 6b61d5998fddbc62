package br.com.patritech.inventory;

/**
 * What moving a misplaced asset did: a room change within its unit ({@code guideNumber} null), or a transfer guide
 * to the unit where it was found, which that unit accepts as any other guide (decision 0010).
 */
public record Reconciled(long assetId, String tombo, boolean roomMoved, String guideNumber) {
}
