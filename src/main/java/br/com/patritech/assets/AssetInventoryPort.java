package br.com.patritech.assets;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.organization.Room;
import br.com.patritech.security.AppUser;

/**
 * The port through which the inventory's reconciliation changes assets (decision 0012): a room move to where the
 * asset was found, NAO_LOCALIZADO for what was not found, and back to ATIVO when it is found again. Each step asks
 * the {@link AssetStatus} table (and, for the move, every {@link AssetMovementVeto}), keeps
 * {@link AssetTotalsLedger} and the history right, and runs in the caller's transaction.
 * <p>
 * Like {@link AssetTransit}, the port trusts its caller for role, unit scope and flag; it checks the asset's own
 * lifecycle and, when given one, the version the caller saw.
 */
@Component
public class AssetInventoryPort {

    private final AssetRepository assets;
    private final AssetTotalsLedger ledger;
    private final AssetHistoryWriter history;
    private final ObjectProvider<AssetMovementVeto> vetoes;
    private final EntityManager em;

    AssetInventoryPort(AssetRepository assets, AssetTotalsLedger ledger, AssetHistoryWriter history,
                       ObjectProvider<AssetMovementVeto> vetoes, EntityManager em) {
        this.assets = assets;
        this.ledger = ledger;
        this.history = history;
        this.vetoes = vetoes;
        this.em = em;
    }

    /** Moves the asset to another room of its own unit (history TRANSFERRED, the note names the reason). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveToRoom(long assetId, Long expectedVersion, long roomId, AppUser actor, String note) {
        Asset asset = allowing(AssetAction.MOVE, assetId, expectedVersion);
        Room room = em.find(Room.class, roomId);
        if (room == null || !room.getUnit().getId().equals(asset.getUnit().getId())) {
            throw new DomainException("asset.room.not-in-unit", "roomId");
        }
        if (asset.getRoom() != null && asset.getRoom().getId().equals(roomId)) {
            throw new DomainException("asset.transfer.same-place", "roomId");
        }
        AssetMovement movement = new AssetMovement(assetId, AssetAction.MOVE, asset.getUnit().getId(),
                asset.getUnit().getId());
        vetoes.orderedStream().forEach(veto -> veto.check(movement));
        HistoryChanges changes = new HistoryChanges()
                .add(HistoryField.ROOM, asset.getRoom() == null ? null : asset.getRoom().getName(), room.getName());
        var before = AssetTotalsLedger.Cell.of(asset);
        asset.moveTo(asset.getUnit(), room);
        ledger.changed(before, asset);
        history.append(assetId, AssetEventType.TRANSFERRED, actor, note, changes);
        em.flush();
    }

    /** Not found in an inventory: NAO_LOCALIZADO, still counted as patrimony (not a write-off, not a movement). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markNotLocated(long assetId, Long expectedVersion, AppUser actor, String note) {
        changeStatus(AssetAction.MARK_NOT_LOCATED, assetId, expectedVersion, AssetStatus.NAO_LOCALIZADO,
                AssetEventType.MARKED_NOT_LOCATED, actor, note);
    }

    /** Found again (read in a later campaign, or confirmed by someone): back to ATIVO. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void locate(long assetId, Long expectedVersion, AppUser actor, String note) {
        changeStatus(AssetAction.LOCATE, assetId, expectedVersion, AssetStatus.ATIVO, AssetEventType.LOCATED, actor,
                note);
    }

    private void changeStatus(AssetAction action, long assetId, Long expectedVersion, AssetStatus to,
                              AssetEventType kind, AppUser actor, String note) {
        Asset asset = allowing(action, assetId, expectedVersion);
        var before = AssetTotalsLedger.Cell.of(asset);
        asset.setStatus(to);
        ledger.changed(before, asset);
        history.append(assetId, kind, actor, note, new HistoryChanges().add(HistoryField.STATUS, before.status(), to));
        em.flush();
    }

    private Asset allowing(AssetAction action, long assetId, Long expectedVersion) {
        Asset asset = assets.findById(assetId).orElseThrow(() -> new NotFoundException("asset", assetId));
        if (expectedVersion != null && asset.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Asset.class, assetId);
        }
        if (!asset.getStatus().allows(action)) {
            throw DomainException.of(asset.getStatus().refusal(action));
        }
        return asset;
    }
}
