/**
 * Photos and documents attached to assets: upload (type checked from the content, size bounded while reading,
 * images re-encoded without their metadata and given a thumbnail), list, download, delete (kept 30 days, restored by
 * an administrator) and the nightly purge. Stored in the database (docs/decisions/0015-asset-attachments.md).
 * Depends on base, security and assets: who may see an asset is {@code AssetService}'s answer, and history entries
 * go through {@code AssetHistoryWriter}.
 */
package br.com.patritech.attachments;
