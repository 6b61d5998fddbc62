package br.com.patritech.attachments;

import java.time.Instant;

/**
 * One file of an asset as screens and the API show it. {@code deletedAt}/{@code deletedBy}/{@code purgeAfter} are
 * set only on a deleted file an administrator may still restore.
 */
public record AttachmentSummary(long id, long version, long assetId, AttachmentKind kind, String fileName,
                                String contentType, long sizeBytes, Integer width, Integer height, Instant createdAt,
                                String createdBy, Instant deletedAt, String deletedBy, Instant purgeAfter) {
}
