package br.com.patritech.assets;

/** What a history entry records. Translated as {@code enum.AssetEventType.<VALUE>}. */
public enum AssetEventType {
    CREATED, UPDATED, TRANSFERRED, WRITTEN_OFF, WRITE_OFF_REVERTED
}
