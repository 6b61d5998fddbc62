package br.com.patritech.transfers;

import java.math.BigDecimal;

import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;

/** A guide as its reader sees it, with what they may do now (the same rules {@link TransferService} enforces). */
final class TransferGuideDetails {

    private TransferGuideDetails() {
    }

    static TransferDetails of(TransferGuide g, AppUser user) {
        boolean pending = g.getStatus() == TransferStatus.PENDENTE;
        boolean receiver = user.unitsFor(Permission.ASSET_TRANSFER).contains(g.getDestination().getId());
        boolean sender = user.unitsFor(Permission.ASSET_TRANSFER).contains(g.getOrigin().getId());
        var items = g.getItems().stream().map(i -> new TransferDetails.Item(i.assetId(), i.tombo(), i.name(),
                i.serialNumber(), i.assetValue(), i.originRoom())).toList();
        return new TransferDetails(g.getId(), g.getVersion(), g.getNumber(), g.getStatus(), place(g.getOrigin()),
                place(g.getDestination()), g.getReason(), g.getNote(), items,
                items.stream().map(TransferDetails.Item::value).reduce(BigDecimal.ZERO,
                        BigDecimal::add),
                g.getCreatedAt(), g.getCreatedByName(), g.getDecidedAt(), g.getDecidedByName(), g.getRefusalReason(),
                g.getDestinationRoom() == null ? null : g.getDestinationRoom().getName(),
                new TransferDetails.Allowed(pending && receiver, pending && receiver, pending && sender));
    }

    private static TransferDetails.Place place(Unit unit) {
        return new TransferDetails.Place(unit.getId(), unit.getCode(), unit.getName());
    }

}
