package br.com.patritech.assets;

/** An asset about to leave where it is: moved (to {@code toUnitId}) or written off ({@code toUnitId} null). */
public record AssetMovement(long assetId, AssetAction action, long fromUnitId, Long toUnitId) {
}
