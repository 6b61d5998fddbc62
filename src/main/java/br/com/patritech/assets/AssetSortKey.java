package br.com.patritech.assets;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns the asset list sorts by, shared by the grid (as sort property) and the API ({@code sort=value,desc}).
 * Each key knows its public name and the JPQL path the query orders by; category, unit and room sort by the
 * copies on the asset (see {@link AssetSortKeys}), which indexes serve.
 */
public enum AssetSortKey {
    /** The registration order; with {@link #TOMBO}, the orders an integrator can walk page by page (keyset). */
    ID("id", "a.id"),
    TOMBO("tombo", "a.tombo"),
    NAME("name", "a.name"),
    CATEGORY("category", "a.categoryName"),
    UNIT("unit", "a.unitCode"),
    ROOM("room", "a.roomName"),
    VALUE("value", "a.acquisitionValue"),
    STATUS("status", "a.status"),
    CREATED_AT("createdAt", "a.createdAt");

    private final String apiName;
    private final String jpqlPath;

    AssetSortKey(String apiName, String jpqlPath) {
        this.apiName = apiName;
        this.jpqlPath = jpqlPath;
    }

    /** The name used in the API's {@code sort} parameter and as the grid column's sort property. */
    public String apiName() {
        return apiName;
    }

    String jpqlPath() {
        return jpqlPath;
    }

    public static Optional<AssetSortKey> fromApiName(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName.equals(name)).findFirst();
    }

    /**
     * Whether a page of a broad text search (more matches than the search totals count) can be read in this order:
     * the registration order (id, tombo, creation time) spreads any term's matches evenly, so the next 50 are found
     * after a short walk; in any other order the matches may all sit at the far end of the index (a search for
     * "notebook" by name skips every name before "N"), and sorting them all reads most of the table. See decision 0020.
     */
    public boolean servesBroadSearch() {
        return this == ID || this == TOMBO || this == CREATED_AT;
    }

    /** Every API name, comma-separated, for messages and documentation. */
    public static String apiNames() {
        return Arrays.stream(values()).map(AssetSortKey::apiName).collect(Collectors.joining(", "));
    }
}
