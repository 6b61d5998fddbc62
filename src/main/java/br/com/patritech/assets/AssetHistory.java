package br.com.patritech.assets;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import br.com.patritech.security.AppUser;

/** Writes history entries; the only way anything is added to an asset's history. */
@Component
class AssetHistory {

    private final AssetEventRepository events;
    private final Clock clock;

    AssetHistory(AssetEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(Asset asset, AssetEventType type, AppUser actor, String note, List<AssetEvent.Change> changes) {
        events.save(new AssetEvent(asset.getId(), type, clock.instant(), actor.id() == 0 ? null : actor.id(),
                actor.name(), blankToNull(note), changes));
    }

    List<AssetHistoryEntry> of(long assetId) {
        return events.findByAssetIdOrderByOccurredAtDescIdDesc(assetId).stream()
                .map(e -> new AssetHistoryEntry(e.getId(), e.getType(), e.getOccurredAt(), e.getActorName(),
                        e.getNote(), e.getChanges().stream()
                        .map(c -> new AssetHistoryEntry.FieldChange(c.field(), c.oldValue(), c.newValue())).toList()))
                .toList();
    }

    /** Collects field changes, keeping only those whose value really changed. */
    static final class Changes {
        private final List<AssetEvent.Change> list = new ArrayList<>();

        Changes add(String field, Object before, Object after) {
            String old = text(before);
            String now = text(after);
            if (!Objects.equals(old, now)) {
                list.add(new AssetEvent.Change(field, old, now));
            }
            return this;
        }

        List<AssetEvent.Change> list() {
            return list;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        private static String text(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof java.math.BigDecimal b) {
                return b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            }
            String s = value.toString();
            return s.isBlank() ? null : s;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
