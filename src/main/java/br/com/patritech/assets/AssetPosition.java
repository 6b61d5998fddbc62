package br.com.patritech.assets;

import java.util.Objects;

/**
 * Where a keyset page of the asset list starts: after the asset whose id or tombo (the unique orders) is
 * {@code value}, in {@code sort}'s direction. Rows added or changed meanwhile never make a walk skip or repeat one.
 */
public record AssetPosition(AssetSort sort, String value) {

    public AssetPosition {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(value, "value");
        if (!isKeyset(sort.key())) {
            throw new IllegalArgumentException("Keyset pages follow id or tombo, not " + sort.key());
        }
        if (sort.key() == AssetSortKey.ID) {
            Long.parseLong(value); // NumberFormatException (an IllegalArgumentException) for anything else
        }
    }

    /** Whether pages in this order can continue from a position (the key is unique). */
    public static boolean isKeyset(AssetSortKey key) {
        return key == AssetSortKey.ID || key == AssetSortKey.TOMBO;
    }

    /** The position right after {@code row} in this order. */
    public static AssetPosition after(AssetRow row, AssetSort sort) {
        return new AssetPosition(sort, sort.key() == AssetSortKey.ID ? Long.toString(row.id()) : row.tombo());
    }
}
