package br.com.patritech.assets;

/**
 * What a history entry records. Translated as {@code history.<VALUE>}. A new kind is also inserted into the table
 * {@code asset_event_types} by its feature's migration (see V10_2 and {@code AssetEventTypesTests}).
 */
public enum AssetEventType {
    CREATED, UPDATED, TRANSFERRED, WRITTEN_OFF, WRITE_OFF_REVERTED,
    /** Custody: a responsible person received the asset, or gave it back (termo de responsabilidade / devolução). */
    CUSTODY_ASSIGNED, CUSTODY_RETURNED,
    /** Two-step transfer between units (guia de transferência). */
    TRANSFER_SENT, TRANSFER_ACCEPTED, TRANSFER_REFUSED, TRANSFER_CANCELLED,
    /** Depreciation: a revaluation (reavaliação) or an impairment (redução ao valor recuperável) of the book value. */
    REVALUED, IMPAIRED,
    /** Registered by a spreadsheet import (exchange); the note names the file. */
    IMPORTED,
    /** Attachments: a photo or document added, deleted (kept 30 days), or restored by an administrator. */
    ATTACHMENT_ADDED, ATTACHMENT_REMOVED, ATTACHMENT_RESTORED,
    /** Inventory: not found in a campaign (NAO_LOCALIZADO), and found again. */
    MARKED_NOT_LOCATED, LOCATED
}
