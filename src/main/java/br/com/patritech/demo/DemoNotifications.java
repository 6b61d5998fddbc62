package br.com.patritech.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import br.com.patritech.inventory.CampaignStatus;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.notifications.NotificationKind;
import br.com.patritech.notifications.NotificationService;
import br.com.patritech.security.SystemUser;
import br.com.patritech.transfers.TransferDirection;
import br.com.patritech.transfers.TransferService;
import br.com.patritech.transfers.TransferStatus;

/**
 * After {@link DemoTransfers} and {@link DemoInventory}: the administrators' bell points at what the demo left
 * waiting (the pending guide, the open campaign), so it is not empty on a first visit. The demo gestor and committee
 * were already told by the features themselves.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "patritech.demo-data", havingValue = "true")
class DemoNotifications implements ApplicationRunner {

    private final NotificationService notifications;
    private final TransferService transfers;
    private final InventoryService inventory;

    DemoNotifications(NotificationService notifications, TransferService transfers, InventoryService inventory) {
        this.notifications = notifications;
        this.transfers = transfers;
        this.inventory = inventory;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            transfers.find(TransferDirection.INCOMING, null, 0, 20).stream()
                    .filter(g -> g.status() == TransferStatus.PENDENTE).findFirst()
                    .ifPresent(g -> notifications.tellAdministrators(NotificationKind.TRANSFER_TO_ACCEPT, g.number(),
                            "transferencias/" + g.id()));
            inventory.list().stream().filter(c -> c.status() == CampaignStatus.OPEN).findFirst()
                    .ifPresent(c -> notifications.tellAdministrators(NotificationKind.CAMPAIGN_TO_COUNT, c.name(),
                            "inventario/" + c.id() + "/contar"));
        });
    }
}
