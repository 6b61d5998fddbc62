package br.com.patritech.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetAttachmentRepository extends JpaRepository<AssetAttachment, Long> {

    /** An asset's files, newest first: the live ones, or those deleted and still kept. */
    List<AssetAttachment> findByAssetIdAndDeletedAtIsNullOrderByIdDesc(long assetId);

    List<AssetAttachment> findByAssetIdAndDeletedAtIsNotNullOrderByDeletedAtDesc(long assetId);
}
