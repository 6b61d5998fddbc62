package br.com.patritech.notifications;

/**
 * What a notification is about; translated as {@code notification.<KIND>} with its subject as the parameter.
 * Stored as text, checked by {@code ck_notifications_kind}.
 */
public enum NotificationKind {
    TRANSFER_TO_ACCEPT, TERM_TO_ACCEPT, CAMPAIGN_TO_COUNT, MONTH_CLOSED, IMPORT_FINISHED, PASSWORD_RESET,
    ACCESS_CHANGED, ASSET_WRITTEN_OFF;

    public String translationKey() {
        return "notification." + name();
    }
}
