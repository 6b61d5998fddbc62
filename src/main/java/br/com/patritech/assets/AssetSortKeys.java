package br.com.patritech.assets;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.catalog.CategoryRenamed;
import br.com.patritech.organization.RoomRenamed;
import br.com.patritech.organization.UnitCodeChanged;

/**
 * Keeps the assets' copies of category name, unit code and room name (the sort keys the list's indexes serve)
 * equal to the originals when those are renamed, in the rename's transaction. An asset's own changes set its
 * copies in {@link Asset} itself. Plain SQL: a rename touches every asset of that category, unit or room and must
 * not load them, nor bump their versions (the assets did not change).
 */
@Component
class AssetSortKeys {

    private final JdbcTemplate jdbc;

    AssetSortKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CategoryRenamed renamed) {
        jdbc.update("update assets set category_name = ? where category_id = ?", renamed.name(), renamed.categoryId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UnitCodeChanged changed) {
        jdbc.update("update assets set unit_code = ? where unit_id = ?", changed.code(), changed.unitId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RoomRenamed renamed) {
        jdbc.update("update assets set room_name = ? where room_id = ?", renamed.name(), renamed.roomId());
    }
}
