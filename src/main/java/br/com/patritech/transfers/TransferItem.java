package br.com.patritech.transfers;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One asset a guide carries, as it was when sent: the printed guide reads the same forever. */
@Embeddable
record TransferItem(@Column(name = "asset_id") long assetId, @Column(name = "tombo") String tombo,
                    @Column(name = "name") String name, @Column(name = "serial_number") String serialNumber,
                    @Column(name = "asset_value") BigDecimal assetValue, @Column(name = "origin_room") String originRoom) {
}
