package br.com.patritech.assets;

/**
 * Move an asset at once to another unit and/or room; the note goes into its history. (Not the two-step transfer
 * between units, which a request/accept flow will handle.)
 */
public record MoveRequest(Long unitId, Long roomId, String note) {
}
