package br.com.patritech.inventory;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetInventoryPort;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.TransferService;

/**
 * The campaign's reconciliation (decision 0012): the misplaced, missing and unknown lists of the units the user sees,
 * and one action each — move a misplaced asset to where it was found, mark a missing one NAO_LOCALIZADO, register an
 * unknown item. Each action needs INVENTORY_MANAGE in the asset's unit (and in the unit where it was found); outside
 * the user's units the campaign, the asset or the item does not exist. The campaign's own freeze lets its
 * reconciliation through ({@link FreezeExemption}).
 */
@Service
public class ReconciliationService {

    static final int MAX_PAGE = 500;

    private final InventoryService campaigns;
    private final ReconciliationSql sql;
    private final InventorySql inventorySql;
    private final AssetInventoryPort port;
    private final AssetService assets;
    private final TransferService transfers;
    private final FreezeExemption exemption;
    private final CurrentUser currentUser;

    ReconciliationService(InventoryService campaigns, ReconciliationSql sql, InventorySql inventorySql,
                          AssetInventoryPort port,
                          AssetService assets, TransferService transfers, FreezeExemption exemption,
                          CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.sql = sql;
        this.inventorySql = inventorySql;
        this.port = port;
        this.assets = assets;
        this.transfers = transfers;
        this.exemption = exemption;
        this.currentUser = currentUser;
    }

    /** Whether the user may reconcile somewhere in this campaign (to show the actions at all). */
    @Transactional(readOnly = true)
    public boolean mayReconcile(long campaignId) {
        AppUser user = currentUser.require();
        Campaign campaign = campaigns.visible(campaignId, user);
        return campaign.getUnitIds().stream().anyMatch(user.unitsFor(Permission.INVENTORY_MANAGE)::contains);
    }

    @Transactional(readOnly = true)
    public List<MisplacedItem> misplaced(long campaignId, int offset, int limit) {
        AppUser user = currentUser.require();
        campaigns.visible(campaignId, user);
        return sql.misplaced(campaignId, user.visibleUnits(), Math.max(0, offset), page(limit));
    }

    @Transactional(readOnly = true)
    public List<MissingItem> missing(long campaignId, int offset, int limit) {
        AppUser user = currentUser.require();
        campaigns.visible(campaignId, user);
        return sql.missing(campaignId, user.visibleUnits(), Math.max(0, offset), page(limit));
    }

    /** The items noted while counting in the user's units (a handful per room), registered or not. */
    @Transactional(readOnly = true)
    public List<UnknownItem> unknown(long campaignId) {
        AppUser user = currentUser.require();
        campaigns.visible(campaignId, user);
        return inventorySql.unknownItems(campaignId, user.visibleUnits());
    }

    /**
     * Moves a misplaced asset to the room where it was read: a room change within its unit (history TRANSFERRED,
     * the campaign's name as the note), or a transfer guide to the other unit with the campaign as its reason.
     */
    @Transactional
    public Reconciled moveMisplaced(long campaignId, long assetId, long expectedVersion) {
        AppUser user = currentUser.require();
        Campaign campaign = campaigns.visible(campaignId, user);
        ReconciliationSql.Target target = sql.misplacedTarget(campaignId, assetId)
                .filter(t -> user.visibleUnits().contains(t.unitId()) && user.visibleUnits().contains(t.foundUnitId()))
                .orElseThrow(() -> new NotFoundException("asset", assetId));
        requireManage(user, target.unitId());
        requireManage(user, target.foundUnitId());
        String reason = campaign.getName();
        if (target.unitId() == target.foundUnitId()) {
            exemption.during(campaignId, () -> {
                port.moveToRoom(assetId, expectedVersion, target.foundRoomId(), user, reason);
                return null;
            });
            return new Reconciled(assetId, target.tombo(), true, null);
        }
        AssetDetails now = assets.get(assetId);
        if (now.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(AssetDetails.class, assetId);
        }
        String guide = exemption.during(campaignId, () -> transfers.create(new NewTransfer(List.of(assetId),
                target.foundUnitId(), reason, target.foundUnitCode() + " - " + target.foundRoomName())).number());
        return new Reconciled(assetId, target.tombo(), false, guide);
    }

    /** Marks an expected asset nobody read NAO_LOCALIZADO (history MARKED_NOT_LOCATED, the campaign as the note). */
    @Transactional
    public void markNotLocated(long campaignId, long assetId, long expectedVersion) {
        AppUser user = currentUser.require();
        Campaign campaign = campaigns.visible(campaignId, user);
        ReconciliationSql.Target target = sql.missingTarget(campaignId, assetId)
                .filter(t -> user.visibleUnits().contains(t.unitId()))
                .orElseThrow(() -> new NotFoundException("asset", assetId));
        requireManage(user, target.unitId());
        port.markNotLocated(assetId, expectedVersion, user, campaign.getName());
    }

    /** Whether the user may confirm a NAO_LOCALIZADO asset of this unit found (to show the button). */
    public boolean mayLocate(long unitId) {
        return currentUser.get().map(u -> u.unitsFor(Permission.INVENTORY_MANAGE).contains(unitId)).orElse(false);
    }

    /** The explicit "found" action on a NAO_LOCALIZADO asset (history LOCATED): back to ATIVO. */
    @Transactional
    public void locate(long assetId, long expectedVersion) {
        AppUser user = currentUser.require();
        long unitId = sql.unitOf(assetId).filter(user.visibleUnits()::contains)
                .orElseThrow(() -> new NotFoundException("asset", assetId));
        requireManage(user, unitId);
        port.locate(assetId, expectedVersion, user, null);
    }

    /** The new-asset form prefilled from a noted unknown item: its description, unit and room. */
    @Transactional(readOnly = true)
    public AssetForm draftFor(long campaignId, long itemId) {
        AppUser user = currentUser.require();
        ReconciliationSql.Noted item = noted(campaignId, itemId, user);
        AssetForm form = new AssetForm();
        String description = item.description();
        form.setName(description.length() > 120 ? description.substring(0, 120).strip() : description);
        form.setDescription(description);
        form.setUnitId(item.unitId());
        form.setRoomId(item.roomId());
        return form;
    }

    /** Registers the unknown item as a new asset (the asset rules and ASSET_CREATE apply) and marks it registered. */
    @Transactional
    public AssetDetails registerUnknown(long campaignId, long itemId, AssetForm form) {
        AppUser user = currentUser.require();
        ReconciliationSql.Noted item = noted(campaignId, itemId, user);
        if (item.registeredAssetId() != null) {
            throw DomainException.of("inventory.unknown.already-registered");
        }
        AssetDetails created = assets.create(form);
        if (!sql.markRegistered(itemId, created.id())) {
            // someone registered it meanwhile: roll this registration back
            throw DomainException.of("inventory.unknown.already-registered");
        }
        return created;
    }

    private ReconciliationSql.Noted noted(long campaignId, long itemId, AppUser user) {
        campaigns.visible(campaignId, user);
        ReconciliationSql.Noted item = sql.noted(campaignId, itemId)
                .filter(i -> user.visibleUnits().contains(i.unitId()))
                .orElseThrow(() -> new NotFoundException("inventory-item", itemId));
        requireManage(user, item.unitId());
        return item;
    }

    private static void requireManage(AppUser user, long unitId) {
        if (!user.unitsFor(Permission.INVENTORY_MANAGE).contains(unitId)) {
            throw new AccessDeniedException("No permission to reconcile the inventory of unit " + unitId);
        }
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
