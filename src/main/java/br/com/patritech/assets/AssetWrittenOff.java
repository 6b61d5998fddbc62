package br.com.patritech.assets;

/** An asset was written off (published inside the write-off's transaction; notifications tell the unit's people). */
public record AssetWrittenOff(long assetId, String tombo, long unitId, long actorId) {
}
