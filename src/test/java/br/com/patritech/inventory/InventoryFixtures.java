package br.com.patritech.inventory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.TestUsers;

/** A unit with assets in two rooms, a second unit, and the people who count them. */
@Component
public class InventoryFixtures {

    public record World(Place own, Place other, AppUser admin, AppUser gestor, AppUser auditor, AssetDetails inA,
                        AssetDetails inB, AssetDetails elsewhere, AssetDetails writtenOff) {
    }

    private final AssetFixtures fixtures;
    private final AssetService assets;
    private final TestUsers testUsers;
    private final InventoryService inventory;

    InventoryFixtures(AssetFixtures fixtures, AssetService assets, TestUsers testUsers, InventoryService inventory) {
        this.fixtures = fixtures;
        this.assets = assets;
        this.testUsers = testUsers;
        this.inventory = inventory;
    }

    public World world() {
        Place own = fixtures.newUnit();
        Place other = fixtures.newUnit();
        long category = fixtures.newCategory("INV");
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.INVENTORY_MANAGE,
                Permission.ASSET_EDIT, Permission.ASSET_TRANSFER, Permission.ASSET_WRITE_OFF));
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        AssetDetails inA = create(admin, category, own, own.roomA(), "Mesa", "500.00");
        AssetDetails inB = create(admin, category, own, own.roomB(), "Cadeira", "120.50");
        AssetDetails elsewhere = create(admin, category, other, other.roomA(), "Projetor", "3000.00");
        AssetDetails gone = create(admin, category, own, own.roomA(), "Monitor", "800.00");
        AssetDetails writtenOff = SystemUser.callAs(admin, () -> assets.writeOff(gone.id(), gone.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.INUTILIZACAO_ABANDONO, null, null)));
        return new World(own, other, admin, gestor, auditor, inA, inB, elsewhere, writtenOff);
    }

    public CampaignSummary open(AppUser user, Place place, AppUser... committee) {
        Set<Long> members = new java.util.HashSet<>();
        for (AppUser member : committee) {
            members.add(member.id());
        }
        return SystemUser.callAs(user, () -> inventory.open(new CampaignForm("Inventário " + place.unitCode(),
                Set.of(place.unitId()), LocalDate.now(), LocalDate.now().plusDays(10), members)));
    }

    private AssetDetails create(AppUser admin, long category, Place place, long room, String name, String value) {
        AssetForm form = AssetFixtures.form(category, place, name, value);
        form.setRoomId(room);
        return SystemUser.callAs(admin, () -> assets.create(form));
    }
}
