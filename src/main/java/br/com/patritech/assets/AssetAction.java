package br.com.patritech.assets;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;

/** What someone may do to an existing asset; which states allow each is decided by {@link AssetStatus#allows}. */
public enum AssetAction {
    EDIT(Permission.ASSET_EDIT),
    /** Change unit and/or room at once (the immediate move; a two-step transfer will start from here too). */
    MOVE(Permission.ASSET_TRANSFER),
    WRITE_OFF(Permission.ASSET_WRITE_OFF),
    /** Assign or return the asset's responsible person (custody feature, through {@link AssetCustodyPort}). */
    CUSTODY(Permission.ASSET_EDIT),
    /** An inventory did not find it: NAO_LOCALIZADO, still patrimony (through {@link AssetInventoryPort}). */
    MARK_NOT_LOCATED(Permission.INVENTORY_MANAGE),
    /** A NAO_LOCALIZADO asset was found again: back to ATIVO (through {@link AssetInventoryPort}). */
    LOCATE(Permission.INVENTORY_MANAGE),
    /** Administrators only, whatever their flags. */
    REVERT_WRITE_OFF(null);

    private final Permission permission;

    AssetAction(Permission permission) {
        this.permission = permission;
    }

    /** Whether the user may take this action on an asset of the unit (the asset's state is checked apart). */
    public boolean permittedFor(AppUser user, long unitId) {
        return permission == null ? user.isAdmin() : user.unitsFor(permission).contains(unitId);
    }

    /** Moving and writing off take the asset from where it is: other features may veto them. */
    boolean isMovement() {
        return this == MOVE || this == WRITE_OFF;
    }
}
