package br.com.patritech.assets;

/**
 * What the asset list is narrowed to; every part is optional. {@code search} matches tombo, name or serial
 * number anywhere, ignoring case. {@code custodianId}: assets in that responsible person's custody;
 * {@code custodyPending}: only assets whose custody term waits for acceptance or signature (custody feature).
 */
public record AssetFilter(String search, Long unitId, Long roomId, Long categoryId, AssetStatus status,
                          Classification classification, Long custodianId, boolean custodyPending) {

    public AssetFilter(String search, Long unitId, Long roomId, Long categoryId, AssetStatus status,
                       Classification classification) {
        this(search, unitId, roomId, categoryId, status, classification, null, false);
    }

    public static AssetFilter all() {
        return new AssetFilter(null, null, null, null, null, null);
    }

    public AssetFilter withSearch(String value) {
        return new AssetFilter(value, unitId, roomId, categoryId, status, classification, custodianId, custodyPending);
    }

    public AssetFilter withUnit(Long value) {
        return new AssetFilter(search, value, value == null || !value.equals(unitId) ? null : roomId, categoryId,
                status, classification, custodianId, custodyPending);
    }

    public AssetFilter withRoom(Long value) {
        return new AssetFilter(search, unitId, value, categoryId, status, classification, custodianId, custodyPending);
    }

    public AssetFilter withCategory(Long value) {
        return new AssetFilter(search, unitId, roomId, value, status, classification, custodianId, custodyPending);
    }

    public AssetFilter withStatus(AssetStatus value) {
        return new AssetFilter(search, unitId, roomId, categoryId, value, classification, custodianId, custodyPending);
    }

    public AssetFilter withClassification(Classification value) {
        return new AssetFilter(search, unitId, roomId, categoryId, status, value, custodianId, custodyPending);
    }

    public AssetFilter withCustodian(Long value) {
        return new AssetFilter(search, unitId, roomId, categoryId, status, classification, value, custodyPending);
    }

    public AssetFilter withCustodyPending(boolean value) {
        return new AssetFilter(search, unitId, roomId, categoryId, status, classification, custodianId, value);
    }
}
