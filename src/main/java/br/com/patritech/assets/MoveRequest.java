package br.com.patritech.assets;

/**
 * Move an asset at once to another room of its own unit; the note goes into its history. {@code unitId} must be the
 * asset's unit: another unit receives assets only through a transfer guide (decision 0010).
 */
public record MoveRequest(Long unitId, Long roomId, String note) {
}
