package br.com.patritech.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetStatus;
import br.com.patritech.security.UnitScope;

/** The reconciliation lists as SQL pages (a 50,000-asset campaign is never read whole). Callers check permissions. */
@Component
class ReconciliationSql {

    /** The asset a reconciliation action is about, with its place in the campaign. */
    record Target(long assetId, String tombo, long unitId, Long foundUnitId, Long foundRoomId, String foundRoomName,
                  String foundUnitCode) {
    }

    /** A noted unknown item and where it was seen. */
    record Noted(long id, long unitId, long roomId, String description, Long registeredAssetId) {
    }

    private final JdbcClient jdbc;

    ReconciliationSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MisplacedItem> misplaced(long campaignId, UnitScope scope, int offset, int limit) {
        return jdbc.sql("""
                select a.id, a.version, a.tombo, a.name, a.status, u.code, r.name, rd.unit_id, fu.code, rd.room_id,
                  fr.name, case when a.status in ('BAIXADO', 'EM_TRANSITO') or (a.unit_id = rd.unit_id
                    and a.room_id = rd.room_id) then 0 else 1 end
                from inventory_reads rd join assets a on a.id = rd.asset_id join units u on u.id = a.unit_id
                left join rooms r on r.id = a.room_id join units fu on fu.id = rd.unit_id
                join rooms fr on fr.id = rd.room_id
                where rd.campaign_id = :campaign and rd.result = 'MISPLACED'"""
                + InventorySql.scoped("a.unit_id", scope) + " order by fu.code, fr.name, a.tombo"
                + " offset :offset rows fetch next :limit rows only")
                .param("campaign", campaignId).params(InventorySql.scopeParams(scope))
                .param("offset", offset).param("limit", limit)
                .query((rs, i) -> new MisplacedItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        AssetStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getString(9), rs.getLong(10), rs.getString(11), rs.getInt(12) == 1)).list();
    }

    /** A place of the campaign (a room, or its unit without a room) and how many of its expected assets went unread. */
    private record MissingPlace(long unitId, Long roomId, long missing) {
    }

    /**
     * Expected assets nobody read, by unit code, room name and tombo. A 50,000-asset campaign is never sorted whole:
     * the places come with their counts (one aggregate), whole places before the offset are skipped, and each place
     * left is read in tombo order from its index until the page is full.
     */
    List<MissingItem> missing(long campaignId, UnitScope scope, int offset, int limit) {
        List<MissingItem> page = new ArrayList<>();
        long skip = offset;
        for (MissingPlace place : missingPlaces(campaignId, scope)) {
            if (skip >= place.missing()) {
                skip -= place.missing();
                continue;
            }
            page.addAll(missingIn(campaignId, place, skip, limit - page.size()));
            skip = 0;
            if (page.size() >= limit) {
                break;
            }
        }
        return page;
    }

    private List<MissingPlace> missingPlaces(long campaignId, UnitScope scope) {
        return jdbc.sql("""
                select m.unit_id, m.room_id, m.missing from (
                  select e.unit_id, e.room_id, count(*) as missing from inventory_expected e
                  where e.campaign_id = :campaign and not exists (select 1 from inventory_reads rd
                    where rd.campaign_id = e.campaign_id and rd.asset_id = e.asset_id)"""
                + InventorySql.scoped("e.unit_id", scope) + """
                   group by e.unit_id, e.room_id) m
                join units u on u.id = m.unit_id left join rooms r on r.id = m.room_id
                order by u.code, r.name""")
                .param("campaign", campaignId).params(InventorySql.scopeParams(scope))
                .query((rs, i) -> new MissingPlace(rs.getLong(1), InventorySql.nullableLong(rs, 2), rs.getLong(3)))
                .list();
    }

    private List<MissingItem> missingIn(long campaignId, MissingPlace place, long offset, int limit) {
        return jdbc.sql("""
                select a.id, a.version, a.tombo, a.name, u.code, r.name, e.acquisition_value, a.status
                from inventory_expected e join assets a on a.id = e.asset_id join units u on u.id = e.unit_id
                left join rooms r on r.id = e.room_id
                where e.campaign_id = :campaign and e.unit_id = :unit and """
                + (place.roomId() == null ? " e.room_id is null" : " e.room_id = :room") + """
                 and not exists (select 1 from inventory_reads rd
                  where rd.campaign_id = e.campaign_id and rd.asset_id = e.asset_id)
                order by e.tombo offset :offset rows fetch next :limit rows only""")
                .param("campaign", campaignId).param("unit", place.unitId())
                .params(place.roomId() == null ? Map.of() : Map.of("room", place.roomId()))
                .param("offset", offset).param("limit", limit)
                .query((rs, i) -> new MissingItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), AssetStatus.valueOf(rs.getString(8))))
                .list();
    }

    /** The asset, if the campaign read it as MISPLACED (found unit and room) or expected it unread (no found place). */
    Optional<Target> misplacedTarget(long campaignId, long assetId) {
        return jdbc.sql("""
                select a.id, a.tombo, a.unit_id, rd.unit_id, rd.room_id, fr.name, fu.code from inventory_reads rd
                join assets a on a.id = rd.asset_id join rooms fr on fr.id = rd.room_id join units fu on fu.id = rd.unit_id
                where rd.campaign_id = ? and rd.asset_id = ? and rd.result = 'MISPLACED'""")
                .params(campaignId, assetId).query((rs, i) -> new Target(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7))).optional();
    }

    Optional<Target> missingTarget(long campaignId, long assetId) {
        return jdbc.sql("""
                select a.id, a.tombo, a.unit_id from inventory_expected e join assets a on a.id = e.asset_id
                where e.campaign_id = ? and e.asset_id = ? and not exists (select 1 from inventory_reads rd
                  where rd.campaign_id = e.campaign_id and rd.asset_id = e.asset_id)""")
                .params(campaignId, assetId).query((rs, i) -> new Target(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        null, null, null, null)).optional();
    }

    /** The unit of any asset (for the explicit "found" action). */
    Optional<Long> unitOf(long assetId) {
        return jdbc.sql("select unit_id from assets where id = ?").param(assetId).query(Long.class).optional();
    }

    Optional<Noted> noted(long campaignId, long itemId) {
        return jdbc.sql("""
                select id, unit_id, room_id, description, registered_asset_id from inventory_unknown_items
                where campaign_id = ? and id = ?""").params(campaignId, itemId)
                .query((rs, i) -> new Noted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        InventorySql.nullableLong(rs, 5))).optional();
    }

    /** Marks the item registered unless someone registered it first (then nothing changes: false). */
    boolean markRegistered(long itemId, long assetId) {
        return jdbc.sql("update inventory_unknown_items set registered_asset_id = ? where id = ? and registered_asset_id is null")
                .params(assetId, itemId).update() == 1;
    }
}
