package br.com.patritech.assets;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.AppUser;

/**
 * The only way anything is added to an asset's history, for this feature and for others (custody, transfers,
 * inventory, depreciation). Runs inside the caller's transaction, so the entry and the change it records are
 * saved together or not at all. The caller has checked that the actor may act on the asset.
 */
@Component
public class AssetHistoryWriter {

    private final AssetEventRepository events;
    private final Clock clock;

    AssetHistoryWriter(AssetEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long assetId, AssetEventType type, AppUser actor, String note, HistoryChanges changes) {
        events.save(new AssetEvent(assetId, type, clock.instant(), actor.id() == 0 ? null : actor.id(), actor.name(),
                note == null || note.isBlank() ? null : note.trim(), changes.list()));
    }
}
