package br.com.patritech.assets;

/**
 * What the asset list is narrowed to; every part is optional. {@code search} matches tombo, name or serial
 * number anywhere, ignoring case.
 */
public record AssetFilter(String search, Long unitId, Long roomId, Long categoryId, AssetStatus status,
                          Classification classification) {

    public static AssetFilter all() {
        return new AssetFilter(null, null, null, null, null, null);
    }

    public AssetFilter withSearch(String value) {
        return new AssetFilter(value, unitId, roomId, categoryId, status, classification);
    }

    public AssetFilter withUnit(Long value) {
        return new AssetFilter(search, value, value == null || !value.equals(unitId) ? null : roomId, categoryId,
                status, classification);
    }

    public AssetFilter withRoom(Long value) {
        return new AssetFilter(search, unitId, value, categoryId, status, classification);
    }

    public AssetFilter withCategory(Long value) {
        return new AssetFilter(search, unitId, roomId, value, status, classification);
    }

    public AssetFilter withStatus(AssetStatus value) {
        return new AssetFilter(search, unitId, roomId, categoryId, value, classification);
    }

    public AssetFilter withClassification(Classification value) {
        return new AssetFilter(search, unitId, roomId, categoryId, status, value);
    }
}
