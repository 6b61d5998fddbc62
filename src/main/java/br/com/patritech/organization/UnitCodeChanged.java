package br.com.patritech.organization;

/**
 * Published inside the transaction that gave a unit a new code, so features that keep a copy of it (the asset
 * list's sort key) update theirs in the same transaction.
 */
public record UnitCodeChanged(long unitId, String code) {
}
