package br.com.patritech.inventory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetMovement;
import br.com.patritech.assets.AssetMovementVeto;
import br.com.patritech.base.DomainException;

/**
 * The freeze: while a campaign counts a unit, no asset leaves it or enters it (move, write-off), so the count
 * matches the books. Editing stays possible. The refusal names the campaign. The campaign's own reconciliation
 * passes ({@link FreezeExemption}).
 */
@Component
class InventoryFreeze implements AssetMovementVeto {

    private final InventorySql sql;
    private final FreezeExemption exemption;

    InventoryFreeze(InventorySql sql, FreezeExemption exemption) {
        this.sql = sql;
        this.exemption = exemption;
    }

    @Override
    public void check(AssetMovement movement) {
        List<Long> units = new ArrayList<>(List.of(movement.fromUnitId()));
        if (movement.toUnitId() != null) {
            units.add(movement.toUnitId());
        }
        sql.openCampaignsCounting(units).stream().filter(c -> !exemption.exempts(c.id())).findFirst().ifPresent(c -> {
            throw new DomainException("inventory.freeze", null, c.label());
        });
    }
}
