package br.com.patritech.catalog;

/**
 * Published inside the transaction that renamed a category, so features that keep a copy of its name (the asset
 * list's sort key) update theirs in the same transaction.
 */
public record CategoryRenamed(long categoryId, String name) {
}
