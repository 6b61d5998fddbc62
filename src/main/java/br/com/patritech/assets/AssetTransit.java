package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;

/**
 * The port through which the two-step transfer (guia de transferência) changes assets (decision 0008): send puts
 * them in transit, arrive moves them to the destination, give back returns them where they were. Each step keeps
 * {@link AssetTotalsLedger} and the history right and runs in the caller's transaction.
 * <p>
 * The port trusts its caller: the transfers service has already checked the actor's role, unit scope and
 * {@code ASSET_TRANSFER} flag on both sides. What the port checks is the asset's own lifecycle (the same
 * {@link AssetStatus} table and {@link AssetMovementVeto}s as a one-step move) and that the asset is where the
 * caller thinks it is.
 */
@Component
public class AssetTransit {

    /** What a guide keeps of each asset it carries: its identity and value as they were when sent. */
    public record Sent(long assetId, long version, String tombo, String name, String serialNumber, BigDecimal value,
                       long unitId, String roomName) {
    }

    private final AssetRepository assets;
    private final AssetTotalsLedger ledger;
    private final AssetHistoryWriter history;
    private final ObjectProvider<AssetMovementVeto> vetoes;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    AssetTransit(AssetRepository assets, AssetTotalsLedger ledger, AssetHistoryWriter history,
                 ObjectProvider<AssetMovementVeto> vetoes, ApplicationEventPublisher events, EntityManager em) {
        this.assets = assets;
        this.ledger = ledger;
        this.history = history;
        this.vetoes = vetoes;
        this.events = events;
        this.em = em;
    }

    /** The assets as they are now (not changed), in the order asked; an unknown id is not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Sent> describe(Collection<Long> assetIds) {
        return assetIds.stream().map(id -> sent(find(id))).toList();
    }

    /**
     * Puts the assets in transit towards {@code toUnitId}; all must allow a move now. The history of each says which
     * guide carries it. Flushes, so a concurrent change of any of them fails here (optimistic lock).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Sent> send(Collection<Long> assetIds, long toUnitId, AppUser actor, String guideNumber, String note) {
        List<Sent> sent = new ArrayList<>();
        for (long id : assetIds) {
            Asset asset = find(id);
            if (!asset.getStatus().allows(AssetAction.MOVE)) {
                throw DomainException.of(asset.getStatus().refusal(AssetAction.MOVE));
            }
            AssetMovement movement = new AssetMovement(id, AssetAction.MOVE, asset.getUnit().getId(), toUnitId);
            vetoes.orderedStream().forEach(veto -> veto.check(movement));
            sent.add(sent(asset));
            var before = AssetTotalsLedger.Cell.of(asset);
            asset.enterTransit();
            ledger.changed(before, asset);
            history.append(id, AssetEventType.TRANSFER_SENT, actor, note, new HistoryChanges()
                    .add(HistoryField.STATUS, before.status(), asset.getStatus())
                    .add(HistoryField.TRANSFER_GUIDE, null, guideNumber));
        }
        em.flush();
        return sent;
    }

    /**
     * The asset arrives in {@code unitId} (optionally in a room of it) and returns to the state it had before; whoever
     * holds something per unit learns it through {@link AssetLeftUnit}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void arrive(long assetId, long unitId, Long roomId, AppUser actor, String guideNumber) {
        Asset asset = inTransit(assetId);
        Unit from = asset.getUnit();
        Unit to = em.find(Unit.class, unitId);
        if (to == null) {
            throw new NotFoundException("unit", unitId);
        }
        Room room = null;
        if (roomId != null) {
            room = em.find(Room.class, roomId);
            if (room == null || !room.getUnit().getId().equals(unitId)) {
                throw new DomainException("asset.room.not-in-unit", "roomId");
            }
        }
        var before = AssetTotalsLedger.Cell.of(asset);
        HistoryChanges changes = new HistoryChanges()
                .add(HistoryField.UNIT, label(from), label(to))
                .add(HistoryField.ROOM, asset.getRoom() == null ? null : asset.getRoom().getName(),
                        room == null ? null : room.getName());
        asset.moveTo(to, room);
        asset.leaveTransit();
        changes.add(HistoryField.STATUS, before.status(), asset.getStatus())
                .add(HistoryField.TRANSFER_GUIDE, null, guideNumber);
        ledger.changed(before, asset);
        history.append(assetId, AssetEventType.TRANSFER_ACCEPTED, actor, null, changes);
        if (!from.getId().equals(to.getId())) {
            events.publishEvent(new AssetLeftUnit(assetId, from.getId(), to.getId(), actor));
        }
    }

    /** The transfer ended without moving the asset (refused or cancelled): it is back as it was, where it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(long assetId, boolean refused, AppUser actor, String guideNumber, String note) {
        Asset asset = inTransit(assetId);
        var before = AssetTotalsLedger.Cell.of(asset);
        asset.leaveTransit();
        ledger.changed(before, asset);
        history.append(assetId, refused ? AssetEventType.TRANSFER_REFUSED : AssetEventType.TRANSFER_CANCELLED, actor,
                note, new HistoryChanges().add(HistoryField.STATUS, before.status(), asset.getStatus())
                        .add(HistoryField.TRANSFER_GUIDE, null, guideNumber));
    }

    private Asset find(long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    /** Only a guide that carries the asset ends its transit; anything else is a programming error upstream. */
    private Asset inTransit(long id) {
        Asset asset = find(id);
        if (asset.getStatus() != AssetStatus.EM_TRANSITO) {
            throw new IllegalStateException("Asset " + id + " is not in transit but " + asset.getStatus());
        }
        return asset;
    }

    private static Sent sent(Asset a) {
        return new Sent(a.getId(), a.getVersion(), a.getTombo(), a.getName(), a.getSerialNumber(),
                a.getAcquisitionValue(), a.getUnit().getId(), a.getRoom() == null ? null : a.getRoom().getName());
    }

    private static String label(Unit unit) {
        return unit.getCode() + " - " + unit.getName();
    }
}
