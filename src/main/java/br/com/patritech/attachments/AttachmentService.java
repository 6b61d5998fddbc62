package br.com.patritech.attachments;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import br.com.patritech.assets.AssetAction;
import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetHistoryWriter;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.HistoryChanges;
import br.com.patritech.assets.HistoryField;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * Photos and documents of assets. Seeing them follows the asset ({@link AssetService#get}: outside the caller's
 * units it does not exist); adding and deleting need the asset's EDIT permission in its unit and a state that allows
 * editing (a written-off asset keeps its files, read-only); restoring a deleted file is for administrators, within
 * {@link #KEPT_AFTER_DELETE}. Every change is recorded in the asset's history.
 */
@Service
public class AttachmentService {

    /** How long a deleted file can still be restored before the nightly purge removes it. */
    public static final Duration KEPT_AFTER_DELETE = Duration.ofDays(30);

    private final AssetAttachmentRepository attachments;
    private final AttachmentContents contents;
    private final AssetService assets;
    private final AssetHistoryWriter history;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;

    AttachmentService(AssetAttachmentRepository attachments, AttachmentContents contents, AssetService assets,
                      AssetHistoryWriter history, CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock,
                      @Value("${patritech.attachments.max-size:10MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.contents = contents;
        this.assets = assets;
        this.history = history;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file accepted, in bytes (the screens tell it and refuse larger files before sending). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The asset's files, newest first. */
    @Transactional(readOnly = true)
    public List<AttachmentSummary> list(long assetId) {
        assets.get(assetId);
        return attachments.findByAssetIdAndDeletedAtIsNullOrderByIdDesc(assetId).stream().map(this::summary).toList();
    }

    /** Deleted files an administrator may still restore, most recently deleted first. */
    @Transactional(readOnly = true)
    public List<AttachmentSummary> deleted(long assetId) {
        assets.get(assetId);
        requireAdmin();
        return attachments.findByAssetIdAndDeletedAtIsNotNullOrderByDeletedAtDesc(assetId).stream()
                .map(this::summary).toList();
    }

    /** Whether the current user may add and delete files of this asset now. */
    public boolean mayChange(AssetDetails asset) {
        return currentUser.get().map(u -> AssetAction.EDIT.permittedFor(u, asset.unitId())
                && asset.status().allows(AssetAction.EDIT)).orElse(false);
    }

    /** Whether the current user may see and restore deleted files (administrators). */
    public boolean mayRestore() {
        return currentUser.get().map(AppUser::isAdmin).orElse(false);
    }

    /**
     * Reads the upload (never past the size limit), checks its type from its content, re-encodes photos, and stores
     * it. The asset is checked before reading and again in the transaction that stores the file.
     */
    public AttachmentSummary add(long assetId, String fileName, String declaredType, InputStream upload) {
        AppUser user = currentUser.require();
        requireChange(assets.get(assetId), user);
        AttachmentIntake.Accepted file = AttachmentIntake.accept(fileName, declaredType, upload, maxBytes);
        return transaction.execute(status -> {
            requireChange(assets.get(assetId), user);
            AssetAttachment saved = attachments.saveAndFlush(new AssetAttachment(assetId, file.kind(), file.fileName(),
                    file.format().mediaType(), file.content().length, file.width(), file.height()));
            contents.store(saved.getId(), file.content(), file.thumbnail());
            history.append(assetId, AssetEventType.ATTACHMENT_ADDED, user, null,
                    new HistoryChanges().add(HistoryField.ATTACHMENT, null, file.fileName()));
            return summary(saved);
        });
    }

    /** One file's description (a deleted one only for administrators). */
    @Transactional(readOnly = true)
    public AttachmentSummary get(long attachmentId) {
        return summary(readable(attachmentId));
    }

    /** The file; a deleted one only for administrators. */
    @Transactional(readOnly = true)
    public AttachmentFile download(long attachmentId) {
        AssetAttachment file = readable(attachmentId);
        byte[] bytes = contents.content(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new AttachmentFile(file.getFileName(), file.getContentType(), bytes);
    }

    /** The photo's thumbnail (a small JPEG), or empty for a document. */
    @Transactional(readOnly = true)
    public Optional<byte[]> thumbnail(long attachmentId) {
        readable(attachmentId);
        return contents.thumbnail(attachmentId);
    }

    /** For a page of the asset list: the newest photo of each asset the caller sees, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, Long> photosOf(Collection<Long> assetIds) {
        return contents.newestPhotos(assetIds, currentUser.require().visibleUnits());
    }

    /** Deletes the file as loaded at {@code expectedVersion}; it is kept 30 days for an administrator to restore. */
    @Transactional
    public void delete(long attachmentId, long expectedVersion) {
        AppUser user = currentUser.require();
        AssetAttachment file = live(attachmentId);
        requireChange(assets.get(file.getAssetId()), user);
        requireVersion(file, expectedVersion);
        file.delete(clock.instant(), user.name());
        attachments.flush();
        history.append(file.getAssetId(), AssetEventType.ATTACHMENT_REMOVED, user, null,
                new HistoryChanges().add(HistoryField.ATTACHMENT, file.getFileName(), null));
    }

    /** An administrator brings a deleted file back (before the purge), whatever the asset's state. */
    @Transactional
    public AttachmentSummary restore(long attachmentId, long expectedVersion) {
        AppUser user = currentUser.require();
        AssetAttachment file = attachments.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
        assets.get(file.getAssetId());
        requireAdmin();
        if (!file.isDeleted()) {
            throw new DomainException("attachments.not-deleted", null);
        }
        requireVersion(file, expectedVersion);
        file.restore();
        attachments.flush();
        history.append(file.getAssetId(), AssetEventType.ATTACHMENT_RESTORED, user, null,
                new HistoryChanges().add(HistoryField.ATTACHMENT, null, file.getFileName()));
        return summary(file);
    }

    /** Removes for good what was deleted more than 30 days ago (the scheduled purge; safe to run on every instance). */
    @Transactional
    public int purgeExpired() {
        return contents.purgeDeletedBefore(clock.instant().minus(KEPT_AFTER_DELETE));
    }

    private AssetAttachment readable(long attachmentId) {
        AssetAttachment file = attachments.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
        assets.get(file.getAssetId());
        if (file.isDeleted() && !mayRestore()) {
            throw notFound(attachmentId);
        }
        return file;
    }

    private AssetAttachment live(long attachmentId) {
        return attachments.findById(attachmentId).filter(f -> !f.isDeleted()).orElseThrow(() -> notFound(attachmentId));
    }

    private static void requireChange(AssetDetails asset, AppUser user) {
        if (!AssetAction.EDIT.permittedFor(user, asset.unitId())) {
            throw new AccessDeniedException("No permission to change the files of asset " + asset.id());
        }
        if (!asset.status().allows(AssetAction.EDIT)) {
            throw new DomainException(asset.writtenOff() ? "attachments.asset.written-off" : "attachments.asset.locked",
                    null);
        }
    }

    private void requireAdmin() {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only administrators see and restore deleted files");
        }
    }

    private static void requireVersion(AssetAttachment file, long expectedVersion) {
        if (file.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AssetAttachment.class, file.getId());
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("attachment", id);
    }

    private AttachmentSummary summary(AssetAttachment a) {
        return new AttachmentSummary(a.getId(), a.getVersion(), a.getAssetId(), a.getKind(), a.getFileName(),
                a.getContentType(), a.getSizeBytes(), a.getWidth(), a.getHeight(), a.getCreatedAt(), a.getCreatedBy(),
                a.getDeletedAt(), a.getDeletedBy(), a.getDeletedAt() == null ? null : a.getDeletedAt().plus(KEPT_AFTER_DELETE));
    }
}
