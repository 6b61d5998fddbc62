package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import br.com.patritech.security.SystemUser;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomForm;
import br.com.patritech.organization.OrganizationService.UnitForm;

/** Fresh units, rooms and categories per test, created through the services, so tests never share counts. */
@Component
public class AssetFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100000));

    public record Place(long unitId, String unitCode, long roomA, long roomB) {
    }

    private final OrganizationService organization;
    private final CatalogService catalog;

    AssetFixtures(OrganizationService organization, CatalogService catalog) {
        this.organization = organization;
        this.catalog = catalog;
    }

    public Place newUnit() {
        return SystemUser.call(() -> {
            String code = "T-" + SEQUENCE.incrementAndGet();
            var unit = organization.createUnit(new UnitForm(code, "Unidade de teste " + code, null));
            var a = organization.createRoom(unit.id(), new RoomForm("Sala A", null));
            var b = organization.createRoom(unit.id(), new RoomForm("Sala B", null));
            return new Place(unit.id(), code, a.id(), b.id());
        });
    }

    public long newCategory(String prefix) {
        return SystemUser.call(() -> catalog.create(new CategoryForm("Categoria " + SEQUENCE.incrementAndGet(), prefix)).id());
    }

    public static AssetForm form(long categoryId, Place place, String name, String value) {
        AssetForm form = new AssetForm();
        form.setName(name);
        form.setCategoryId(categoryId);
        form.setUnitId(place.unitId());
        form.setRoomId(place.roomA());
        form.setAcquisitionValue(new BigDecimal(value));
        form.setAcquisitionDate(LocalDate.now().minusYears(1));
        return form;
    }
}
