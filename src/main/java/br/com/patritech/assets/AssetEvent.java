package br.com.patritech.assets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One entry of an asset's history. Written once, never updated or deleted (immutable in code and SQL). */
@Entity
@Table(name = "asset_events")
@org.hibernate.annotations.Immutable
class AssetEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private Long assetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssetEventType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(updatable = false)
    private String note;

    @ElementCollection
    @CollectionTable(name = "asset_event_changes", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Change> changes = new ArrayList<>();

    /** One field that changed, with its values before and after (as stored, untranslated). */
    @Embeddable
    record Change(@Column(name = "field") String field, @Column(name = "old_value") String oldValue,
                  @Column(name = "new_value") String newValue) {
    }

    protected AssetEvent() {
    }

    AssetEvent(Long assetId, AssetEventType type, Instant occurredAt, Long actorId, String actorName, String note,
               List<Change> changes) {
        this.assetId = assetId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.note = note;
        this.changes = new ArrayList<>(changes);
    }

    Long getId() {
        return id;
    }

    AssetEventType getType() {
        return type;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActorName() {
        return actorName;
    }

    String getNote() {
        return note;
    }

    List<Change> getChanges() {
        return changes;
    }
}
