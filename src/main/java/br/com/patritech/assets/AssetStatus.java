package br.com.patritech.assets;

import java.util.EnumSet;
import java.util.Set;

/**
 * The asset's lifecycle: each state and the actions it allows, in one table. BAIXADO is final until an administrator
 * reverts it; EM_TRANSITO holds the asset still while a two-step transfer is pending; NAO_LOCALIZADO (missing at an
 * inventory) is still patrimony (counted in the active totals) until it is found (LOCATE) or written off. Translated
 * as {@code enum.AssetStatus.<VALUE>}.
 */
public enum AssetStatus {
    ATIVO(true, EnumSet.of(AssetAction.EDIT, AssetAction.MOVE, AssetAction.WRITE_OFF, AssetAction.CUSTODY,
            AssetAction.MARK_NOT_LOCATED)),
    EM_MANUTENCAO(true, EnumSet.of(AssetAction.EDIT, AssetAction.MOVE, AssetAction.WRITE_OFF, AssetAction.CUSTODY,
            AssetAction.MARK_NOT_LOCATED)),
    EM_TRANSITO(false, EnumSet.noneOf(AssetAction.class)),
    BAIXADO(false, EnumSet.of(AssetAction.REVERT_WRITE_OFF)),
    NAO_LOCALIZADO(false, EnumSet.of(AssetAction.EDIT, AssetAction.WRITE_OFF, AssetAction.LOCATE));

    private final boolean selectable;
    private final Set<AssetAction> allowed;

    AssetStatus(boolean selectable, Set<AssetAction> allowed) {
        this.selectable = selectable;
        this.allowed = allowed;
    }

    public boolean allows(AssetAction action) {
        return allowed.contains(action);
    }

    /** Whether a person may choose this state in the asset form; the others are reached only by their action. */
    public boolean selectableInForm() {
        return selectable;
    }

    /** The message that explains why this state refuses the action. */
    String refusal(AssetAction action) {
        return switch (this) {
            case BAIXADO -> action == AssetAction.WRITE_OFF ? "asset.already-written-off" : "asset.written-off.read-only";
            case EM_TRANSITO -> "asset.in-transit.locked";
            case NAO_LOCALIZADO -> action == AssetAction.MARK_NOT_LOCATED ? "asset.not-located.already"
                    : "asset.not-located.locked";
            default -> switch (action) {
                case REVERT_WRITE_OFF -> "asset.not-written-off";
                case LOCATE -> "asset.located.not-missing";
                default -> "asset.action.not-allowed";
            };
        };
    }
}
