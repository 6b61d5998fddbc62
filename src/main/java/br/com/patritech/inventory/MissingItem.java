package br.com.patritech.inventory;

import java.math.BigDecimal;

import br.com.patritech.assets.AssetStatus;

/** An asset the campaign expected and nobody read, with its state now (NAO_LOCALIZADO once marked). */
public record MissingItem(long assetId, long assetVersion, String tombo, String name, String unitCode,
                          String roomName, BigDecimal value, AssetStatus status) {

    public boolean markable() {
        return status.allows(br.com.patritech.assets.AssetAction.MARK_NOT_LOCATED);
    }
}
