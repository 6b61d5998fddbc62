package br.com.patritech.assets;

import java.time.Instant;
import java.util.List;

/** One history entry as shown on the asset page and by the API. Values are untranslated, as stored. */
public record AssetHistoryEntry(long id, AssetEventType type, Instant occurredAt, String actorName, String note,
                                List<FieldChange> changes) {

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
