package br.com.patritech.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.Cpf;
import br.com.patritech.inventory.CampaignForm;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.CountingService;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.Permission;
import br.com.patritech.security.RandomPasswords;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.users.UserService;
import br.com.patritech.users.UserService.NewUser;

/**
 * One inventory campaign in progress over UBS-003 (its moves and write-offs are therefore frozen in the demo):
 * about two thirds of its assets read, a few of them in the wrong room, and one unknown item noted. Its committee
 * member's password is not shown: an administrator resets it to sign in as her. Runs after {@link DemoTransfers},
 * whose accepted guide brings assets into UBS-003 before the freeze.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "patritech.demo-data", havingValue = "true")
class DemoInventory implements ApplicationRunner {

    static final String UNIT = "UBS-003";
    private static final Logger log = LoggerFactory.getLogger(DemoInventory.class);

    private final InventoryService inventory;
    private final CountingService counting;
    private final AssetService assets;
    private final OrganizationService organization;
    private final UserService users;

    DemoInventory(InventoryService inventory, CountingService counting, AssetService assets,
                  OrganizationService organization, UserService users) {
        this.inventory = inventory;
        this.counting = counting;
        this.assets = assets;
        this.organization = organization;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            UnitSummary unit = organization.visibleUnits().stream().filter(u -> u.code().equals(UNIT)).findFirst()
                    .orElse(null);
            if (unit == null || !inventory.list().isEmpty()) {
                return;
            }
            long member = users.create(new NewUser("Ana Inventariante", Cpf.withCheckDigits("456789123"),
                    "inventario@patritech.demo", null, null, Role.GESTOR, Set.of(unit.id()),
                    EnumSet.of(Permission.INVENTORY_MANAGE, Permission.ASSET_EDIT), RandomPasswords.generate())).id();
            CampaignSummary campaign = inventory.open(new CampaignForm("Inventário anual " + LocalDate.now().getYear()
                    + " - UBS Vila Nova", Set.of(unit.id()), LocalDate.now().minusDays(2), LocalDate.now().plusDays(12),
                    Set.of(member)));
            List<RoomSummary> rooms = organization.rooms(unit.id());
            List<AssetRow> toCount = assets.find(AssetFilter.all().withUnit(unit.id()).withStatus(AssetStatus.ATIVO),
                    List.of(), 0, 500);
            Random random = new Random(13);
            int read = 0;
            for (AssetRow asset : toCount) {
                if (random.nextInt(3) == 0 || asset.roomId() == null) {
                    continue;
                }
                long where = random.nextInt(12) == 0 ? rooms.get(random.nextInt(rooms.size())).id() : asset.roomId();
                counting.read(campaign.id(), where, asset.tombo());
                read++;
            }
            counting.noteUnknown(campaign.id(), rooms.get(0).id(), "Cadeira de rodas sem etiqueta, cor azul");
            log.info("Demo data: inventory campaign in progress over {} ({} of {} assets read).", UNIT, read,
                    toCount.size());
        });
    }
}
