package br.com.patritech.inventory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetMovement;
import br.com.patritech.assets.AssetMovementVeto;
import br.com.patritech.base.DomainException;

/**
 * The freeze: while a campaign counts a unit, no asset leaves it or enters it (move, write-off), so the count
 * matches the books. Editing stays possible. The refusal names the campaign.
 */
@Component
class InventoryFreeze implements AssetMovementVeto {

    private final InventorySql sql;

    InventoryFreeze(InventorySql sql) {
        this.sql = sql;
    }

    @Override
    public void check(AssetMovement movement) {
        List<Long> units = new ArrayList<>(List.of(movement.fromUnitId()));
        if (movement.toUnitId() != null) {
            units.add(movement.toUnitId());
        }
        sql.openCampaignCounting(units).ifPresent(name -> {
            throw new DomainException("inventory.freeze", null, name);
        });
    }
}
