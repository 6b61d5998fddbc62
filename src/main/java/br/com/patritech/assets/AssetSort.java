package br.com.patritech.assets;

/** Sort by a list column: tombo, name, category, unit, room, value, status or createdAt. */
public record AssetSort(String key, boolean ascending) {
}
