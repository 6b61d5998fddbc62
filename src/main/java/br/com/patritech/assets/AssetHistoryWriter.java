package br.com.patritech.assets;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    /** patritech_asset_events_total{type}: every change of every feature, counted once it is committed. */
    private final Map<AssetEventType, Counter> counted = new EnumMap<>(AssetEventType.class);

    AssetHistoryWriter(AssetEventRepository events, Clock clock, MeterRegistry registry) {
        this.events = events;
        this.clock = clock;
        for (AssetEventType type : AssetEventType.values()) {
            counted.put(type, registry.counter("patritech.asset.events", "type", type.name()));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long assetId, AssetEventType type, AppUser actor, String note, HistoryChanges changes) {
        events.save(new AssetEvent(assetId, type, clock.instant(), actor.id() == 0 ? null : actor.id(), actor.name(),
                note == null || note.isBlank() ? null : note.trim(), changes.list()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counted.get(type).increment();
            }
        });
    }
}
