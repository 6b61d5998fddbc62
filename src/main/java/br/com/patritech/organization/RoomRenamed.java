package br.com.patritech.organization;

/**
 * Published inside the transaction that renamed a room, so features that keep a copy of its name (the asset
 * list's sort key) update theirs in the same transaction.
 */
public record RoomRenamed(long roomId, String name) {
}
