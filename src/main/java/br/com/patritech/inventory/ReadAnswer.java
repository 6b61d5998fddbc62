package br.com.patritech.inventory;

import java.time.Instant;

import br.com.patritech.assets.Conservation;

/**
 * The answer to one read, given only after the read is stored. {@code repeated}: this tombo had been read before in
 * the campaign, and that earlier read stands. The expected place is told for MISPLACED and OTHER_UNIT (when the
 * counter may see that unit); the asset fields are null for UNKNOWN.
 */
public record ReadAnswer(ReadResult result, boolean repeated, String tombo, Long assetId, Long assetVersion,
                         String assetName, String belongsToUnit, String belongsToRoom, String readInRoom,
                         Conservation conservation, Instant readAt, String readBy) {
}
