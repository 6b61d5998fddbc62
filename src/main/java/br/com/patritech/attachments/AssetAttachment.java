package br.com.patritech.attachments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** A file attached to an asset; the bytes live apart (asset_attachment_contents) so lists never read them. */
@Entity
@Table(name = "asset_attachments")
class AssetAttachment extends AbstractEntity {

    @Column(name = "asset_id", nullable = false, updatable = false)
    private long assetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(updatable = false)
    private Integer width;

    @Column(updatable = false)
    private Integer height;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    protected AssetAttachment() {
    }

    AssetAttachment(long assetId, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                    Integer width, Integer height) {
        this.assetId = assetId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
    }

    void delete(Instant when, String by) {
        this.deletedAt = when;
        this.deletedBy = by;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    long getAssetId() {
        return assetId;
    }

    AttachmentKind getKind() {
        return kind;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    Integer getWidth() {
        return width;
    }

    Integer getHeight() {
        return height;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    String getDeletedBy() {
        return deletedBy;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }
}
