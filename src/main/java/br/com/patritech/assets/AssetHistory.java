package br.com.patritech.assets;

import java.util.List;

import org.springframework.stereotype.Component;

/** Reads an asset's history back, newest first; {@link AssetHistoryWriter} writes it. */
@Component
class AssetHistory {

    private final AssetEventRepository events;

    AssetHistory(AssetEventRepository events) {
        this.events = events;
    }

    List<AssetHistoryEntry> of(long assetId) {
        return events.findByAssetIdOrderByOccurredAtDescIdDesc(assetId).stream()
                .map(e -> new AssetHistoryEntry(e.getId(), e.getType(), e.getOccurredAt(), e.getActorName(),
                        e.getNote(), e.getChanges().stream()
                        .map(c -> new AssetHistoryEntry.FieldChange(c.field(), c.oldValue(), c.newValue())).toList()))
                .toList();
    }
}
