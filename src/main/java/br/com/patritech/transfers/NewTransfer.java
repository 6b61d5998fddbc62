package br.com.patritech.transfers;

import java.util.List;

/** Send these assets (all of one unit) to another unit; the reason is printed on the guide. */
public record NewTransfer(List<Long> assetIds, Long destinationUnitId, String reason, String note) {
}
