package br.com.patritech.assets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import br.com.patritech.base.Violations;
import br.com.patritech.catalog.Category;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;

/**
 * Finds the unit, room and category an asset form or a move names, adding a violation for each one that does not
 * exist, is inactive, or does not fit (a room of another unit).
 */
@Component
class AssetReferences {

    private final EntityManager em;
    /** Entities already found, by type and id, in a {@link #cached()} view; null in the shared bean. */
    private final Map<List<Object>, Object> found;

    @Autowired
    AssetReferences(EntityManager em) {
        this(em, null);
    }

    private AssetReferences(EntityManager em, Map<List<Object>, Object> found) {
        this.em = em;
        this.found = found;
    }

    /**
     * The same lookups and violations, each unit, room and category looked up once: for a batch of imported rows that
     * name the same few places thousands of times. Use it within one transaction.
     */
    AssetReferences cached() {
        return new AssetReferences(em, new HashMap<>());
    }

    /** The unit, or null (with a violation when an id was given but no such unit exists). */
    Unit unit(Long unitId, Violations violations) {
        Unit unit = unitId == null ? null : load(Unit.class, unitId);
        if (unitId != null && unit == null) {
            violations.add("unitId", "asset.unit.unknown");
        }
        return unit;
    }

    /** An inactive unit takes in no assets, neither registered nor moved in. */
    void requireActive(Unit unit, Violations violations) {
        if (unit != null && !unit.isActive()) {
            violations.add("unitId", "asset.unit.inactive");
        }
    }

    Category category(Long categoryId, Violations violations) {
        Category category = categoryId == null ? null : load(Category.class, categoryId);
        if (categoryId != null && category == null) {
            violations.add("categoryId", "asset.category.unknown");
        }
        return category;
    }

    /** The room, which must belong to the unit; null when none is named. */
    Room roomIn(Unit unit, Long roomId, Violations violations) {
        if (roomId == null) {
            return null;
        }
        Room room = load(Room.class, roomId);
        if (room == null || unit == null || !room.getUnit().getId().equals(unit.getId())) {
            violations.add("roomId", "asset.room.not-in-unit");
            return null;
        }
        return room;
    }

    /** For a suggestion: the entity if it exists, else null, with no violation. */
    <T> T find(Class<T> type, Long id) {
        return id == null ? null : load(type, id);
    }

    private <T> T load(Class<T> type, Long id) {
        if (found == null) {
            return em.find(type, id);
        }
        List<Object> key = List.of(type, id);
        Object entity = found.get(key);
        if (entity == null && !found.containsKey(key)) {
            entity = em.find(type, id);
            found.put(key, entity);
        }
        return type.cast(entity);
    }
}
