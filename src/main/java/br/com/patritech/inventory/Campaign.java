package br.com.patritech.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** An inventory campaign: its units are frozen while it is OPEN; its committee signs the report. */
@Entity
@Table(name = "inventory_campaigns")
class Campaign extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status = CampaignStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inventory_campaign_units", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inventory_committee", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "user_id")
    private Set<Long> committee = new LinkedHashSet<>();

    protected Campaign() {
    }

    Campaign(String name, LocalDate startsOn, LocalDate endsOn, Set<Long> unitIds, Set<Long> committee) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.unitIds.addAll(unitIds);
        this.committee.addAll(committee);
    }

    void close(Instant at, String by) {
        status = CampaignStatus.CLOSED;
        closedAt = at;
        closedBy = by;
    }

    String getName() {
        return name;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    CampaignStatus getStatus() {
        return status;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    Set<Long> getCommittee() {
        return Set.copyOf(committee);
    }
}
