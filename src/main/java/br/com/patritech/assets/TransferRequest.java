package br.com.patritech.assets;

/** Move an asset to another unit and/or room; the note goes into its history. */
public record TransferRequest(Long unitId, Long roomId, String note) {
}
