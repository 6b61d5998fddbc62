package br.com.patritech.transfers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;

/** Guia de transferência: assets sent from one unit to another, waiting for the destination's decision. */
@Entity
@Table(name = "transfer_guides")
class TransferGuide extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_unit_id", nullable = false, updatable = false)
    private Unit origin;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "destination_unit_id", nullable = false, updatable = false)
    private Unit destination;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status = TransferStatus.PENDENTE;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "destination_room_id")
    private Room destinationRoom;

    @ElementCollection
    @CollectionTable(name = "transfer_guide_items", joinColumns = @JoinColumn(name = "guide_id"))
    @OrderColumn(name = "position")
    private List<TransferItem> items = new ArrayList<>();

    protected TransferGuide() {
    }

    TransferGuide(String number, Unit origin, Unit destination, String reason, String note, AppUser sender,
                  List<TransferItem> items) {
        this.number = number;
        this.origin = origin;
        this.destination = destination;
        this.reason = reason;
        this.note = note;
        this.createdById = sender.id() == 0 ? null : sender.id();
        this.createdByName = sender.name();
        this.items = new ArrayList<>(items);
    }

    /** Ends the wait: accepted (with the room chosen, if any), refused (with why) or cancelled by the sender. */
    void decide(TransferStatus outcome, AppUser actor, Instant at, Room room, String why) {
        if (status != TransferStatus.PENDENTE || outcome == TransferStatus.PENDENTE) {
            throw new IllegalStateException("Guide " + number + " is " + status);
        }
        status = outcome;
        decidedAt = at;
        decidedById = actor.id() == 0 ? null : actor.id();
        decidedByName = actor.name();
        destinationRoom = room;
        refusalReason = why;
    }

    String getNumber() {
        return number;
    }

    Unit getOrigin() {
        return origin;
    }

    Unit getDestination() {
        return destination;
    }

    String getReason() {
        return reason;
    }

    String getNote() {
        return note;
    }

    TransferStatus getStatus() {
        return status;
    }

    String getCreatedByName() {
        return createdByName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    String getRefusalReason() {
        return refusalReason;
    }

    Room getDestinationRoom() {
        return destinationRoom;
    }

    List<TransferItem> getItems() {
        return items;
    }
}
