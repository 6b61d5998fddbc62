package br.com.patritech.custody;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One period in which one person answered for one asset, from its term to its end (return, reassignment, or the
 * asset leaving the unit). {@code openAssetId} is the asset's id while open: its unique constraint lets at most one
 * assignment per asset be open, so of two simultaneous assignments exactly one commits.
 */
@Entity
@Table(name = "custody_assignments")
class Assignment {

    enum EndReason {
        RETURNED, REASSIGNED, LEFT_UNIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private long assetId;

    @Column(name = "open_asset_id")
    private Long openAssetId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "term_id", nullable = false, updatable = false)
    private long termId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "return_term_id")
    private Long returnTermId;

    protected Assignment() {
    }

    Assignment(long assetId, long personId, long termId, Instant startedAt) {
        this.assetId = assetId;
        this.openAssetId = assetId;
        this.personId = personId;
        this.termId = termId;
        this.startedAt = startedAt;
    }

    void end(EndReason reason, Instant when, Long returnTermId) {
        this.openAssetId = null;
        this.endedAt = when;
        this.endReason = reason;
        this.returnTermId = returnTermId;
    }

    long getAssetId() { return assetId; }
    long getPersonId() { return personId; }
    long getTermId() { return termId; }
    boolean isOpen() { return endedAt == null; }
}
