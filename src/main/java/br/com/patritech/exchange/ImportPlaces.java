package br.com.patritech.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;

/**
 * The units (by code), categories (by name) and rooms (by name within their unit) a file names, looked up once each
 * per job. When the user allowed it, a missing one is created through its own service, which checks the right
 * (ADMIN for units, CATEGORY_MANAGE for categories, ROOM_MANAGE in the unit for rooms); a refusal is the row's error.
 */
final class ImportPlaces {

    /** A name resolved to its id, or the message key saying why it was not. */
    record Found(Long id, String problem) {
        static Found of(long id) {
            return new Found(id, null);
        }

        static Found missing(String problem) {
            return new Found(null, problem);
        }
    }

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final CatalogService catalog;
    private final boolean create;
    private final Map<String, Found> units = new HashMap<>();
    private final Map<String, Found> categories = new HashMap<>();
    private final Map<String, Found> rooms = new HashMap<>();

    ImportPlaces(JdbcTemplate jdbc, OrganizationService organization, CatalogService catalog, boolean create) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.catalog = catalog;
        this.create = create;
    }

    Found unit(String code) {
        String key = code.trim().toUpperCase(Locale.ROOT);
        return units.computeIfAbsent(key, k -> jdbc.queryForList("select id from units where upper(code) = ?",
                Long.class, k).stream().findFirst().map(Found::of).orElseGet(() -> create
                ? created(() -> organization.createUnit(new OrganizationService.UnitForm(k, k, null)).id())
                : Found.missing("import.unit.unknown")));
    }

    Found category(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return categories.computeIfAbsent(key, k -> jdbc.queryForList(
                "select id from categories where lower(name) = ?", Long.class, k).stream().findFirst().map(Found::of)
                .orElseGet(() -> create ? created(() -> catalog.create(
                        new CatalogService.CategoryForm(name.trim(), prefix(name))).id())
                        : Found.missing("import.category.unknown")));
    }

    Found room(long unitId, String name) {
        String key = unitId + "/" + name.trim().toLowerCase(Locale.ROOT);
        return rooms.computeIfAbsent(key, k -> jdbc.queryForList(
                "select id from rooms where unit_id = ? and lower(name) = ?", Long.class, unitId,
                name.trim().toLowerCase(Locale.ROOT)).stream().findFirst().map(Found::of)
                .orElseGet(() -> create ? created(() -> organization.createRoom(unitId,
                        new OrganizationService.RoomForm(name.trim(), null)).id())
                        : Found.missing("import.room.unknown")));
    }

    private static Found created(java.util.function.LongSupplier creation) {
        try {
            return Found.of(creation.getAsLong());
        } catch (AccessDeniedException | br.com.patritech.base.NotFoundException e) {
            return Found.missing("import.place.not-permitted"); // a room in a unit the user does not see
        } catch (DomainException e) {
            return Found.missing(e.getMessageKey() == null ? "import.place.invalid" : e.getMessageKey());
        }
    }

    /** "Mobiliário escolar" gives "MOB": the first letters of the name, as categories' prefixes usually are. */
    private static String prefix(String name) {
        String letters = ImportColumn.plain(name).replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
        return letters.isEmpty() ? "CAT" : letters.substring(0, Math.min(3, letters.length()));
    }
}
