package br.com.patritech.assets;

/** Sort the asset list by one column, ascending or not. */
public record AssetSort(AssetSortKey key, boolean ascending) {

    public AssetSort {
        java.util.Objects.requireNonNull(key, "key");
    }
}
