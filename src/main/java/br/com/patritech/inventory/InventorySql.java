package br.com.patritech.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.PlannerStatistics;
import br.com.patritech.assets.Conservation;
import br.com.patritech.security.UnitScope;

/**
 * The campaign's figures as SQL over the inventory tables (and read-only over assets, units and rooms): the
 * expected snapshot, reads stored once per tombo, the progress aggregates. Callers have checked permissions.
 */
@Component
class InventorySql {

    record RoomRef(long id, long unitId, String unitCode, String name) {
        String label() {
            return unitCode + " - " + name;
        }
    }

    record AssetRef(long id, long version, String tombo, String name, long unitId, String unitCode, Long roomId,
                    String roomName, AssetStatus status, Conservation conservation) {
    }

    record StoredRead(ReadResult result, Long assetId, long roomId, String readBy, Instant readAt) {
    }

    /** Rows a report query hands over at a time (PostgreSQL streams inside a transaction: the caller holds one). */
    static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final PlannerStatistics statistics;

    InventorySql(JdbcClient jdbc, DataSource dataSource, PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    /**
     * The active assets of the units, where they are now: what the campaign expects to find. On PostgreSQL the
     * snapshot's statistics are taken right away: the progress, lists and report join its (up to tens of thousands
     * of) rows moments later, and a plan made for the empty table it was would walk every read for each of them.
     */
    void snapshotExpected(long campaignId, Collection<Long> unitIds) {
        jdbc.sql("""
                insert into inventory_expected (campaign_id, asset_id, tombo, unit_id, room_id, acquisition_value)
                select :campaign, id, tombo, unit_id, room_id, acquisition_value from assets
                where unit_id in (:units) and status <> 'BAIXADO'""")
                .param("campaign", campaignId).param("units", unitIds).update();
        statistics.refresh("inventory_expected");
    }

    /** The name of an open campaign counting one of these units, if any (the freeze). */
    Optional<String> openCampaignCounting(Collection<Long> unitIds) {
        return jdbc.sql("""
                select c.name from inventory_campaigns c join inventory_campaign_units cu on cu.campaign_id = c.id
                where c.status = 'OPEN' and cu.unit_id in (:units) order by c.id""")
                .param("units", unitIds).query(String.class).stream().findFirst();
    }

    /** The open campaigns counting one of these units (id and name). */
    List<CampaignSummary.Place> openCampaignsCounting(Collection<Long> unitIds) {
        return jdbc.sql("""
                select distinct c.id, c.name from inventory_campaigns c
                join inventory_campaign_units cu on cu.campaign_id = c.id
                where c.status = 'OPEN' and cu.unit_id in (:units) order by c.id""")
                .param("units", unitIds)
                .query((rs, i) -> new CampaignSummary.Place(rs.getLong(1), rs.getString(2))).list();
    }

    List<ProgressRow> progress(long campaignId, UnitScope scope) {
        return jdbc.sql("""
                select e.unit_id, u.code, e.room_id, r.name, count(*) as expected,
                  sum(case when rd.result = 'FOUND' then 1 else 0 end) as found,
                  sum(case when rd.result = 'MISPLACED' then 1 else 0 end) as misplaced,
                  sum(case when rd.id is null then 1 else 0 end) as missing,
                  sum(e.acquisition_value) as expected_value,
                  sum(case when rd.result = 'FOUND' then e.acquisition_value else 0 end) as found_value,
                  sum(case when rd.result = 'MISPLACED' then e.acquisition_value else 0 end) as misplaced_value,
                  sum(case when rd.id is null then e.acquisition_value else 0 end) as missing_value
                from inventory_expected e
                join units u on u.id = e.unit_id
                left join rooms r on r.id = e.room_id
                left join inventory_reads rd on rd.campaign_id = e.campaign_id and rd.asset_id = e.asset_id
                where e.campaign_id = :campaign""" + scoped("e.unit_id", scope)
                + " group by e.unit_id, u.code, e.room_id, r.name order by u.code, r.name")
                .param("campaign", campaignId).params(scopeParams(scope))
                .query((rs, i) -> new ProgressRow(rs.getLong(1), rs.getString(2), nullableLong(rs, 3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBigDecimal(9),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12))).list();
    }

    Optional<RoomRef> room(long roomId) {
        return jdbc.sql("select r.id, r.unit_id, u.code, r.name from rooms r join units u on u.id = r.unit_id where r.id = ?")
                .param(roomId).query((rs, i) -> new RoomRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    List<CountingRoom> rooms(Collection<Long> unitIds) {
        return jdbc.sql("""
                select r.id, r.unit_id, u.code, r.name from rooms r join units u on u.id = r.unit_id
                where r.unit_id in (:units) order by u.code, r.name""").param("units", unitIds)
                .query((rs, i) -> new CountingRoom(rs.getLong(1), rs.getLong(2), rs.getString(3) + " - " + rs.getString(4)))
                .list();
    }

    Optional<AssetRef> asset(String tombo) {
        return jdbc.sql("""
                select a.id, a.version, a.tombo, a.name, a.unit_id, u.code, a.room_id, r.name, a.status, a.conservation
                from assets a join units u on u.id = a.unit_id left join rooms r on r.id = a.room_id
                where a.tombo = ?""").param(tombo)
                .query((rs, i) -> new AssetRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), nullableLong(rs, 7), rs.getString(8),
                        AssetStatus.valueOf(rs.getString(9)), Conservation.valueOf(rs.getString(10)))).optional();
    }

    /** Stores the read unless this tombo was read before in the campaign; the unique key decides between racers. */
    boolean insertRead(long campaignId, String tombo, Long assetId, RoomRef room, ReadResult result, String by,
                       Instant at) {
        return jdbc.sql("""
                insert into inventory_reads (campaign_id, tombo, asset_id, unit_id, room_id, result, read_by, read_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(campaignId, tombo, assetId, room.unitId(), room.id(), result.name(), by, Timestamp.from(at))
                .update() == 1;
    }

    StoredRead storedRead(long campaignId, String tombo) {
        return jdbc.sql("select result, asset_id, room_id, read_by, read_at from inventory_reads where campaign_id = ? and tombo = ?")
                .params(campaignId, tombo)
                .query((rs, i) -> new StoredRead(ReadResult.valueOf(rs.getString(1)), nullableLong(rs, 2), rs.getLong(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).single();
    }

    long readCount(long campaignId) {
        return jdbc.sql("select count(*) from inventory_reads where campaign_id = ?").param(campaignId)
                .query(Long.class).single();
    }

    void insertUnknown(long campaignId, RoomRef room, String description, String by, Instant at) {
        jdbc.sql("""
                insert into inventory_unknown_items (campaign_id, unit_id, room_id, description, noted_by, noted_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(campaignId, room.unitId(), room.id(), description, by, Timestamp.from(at)).update();
    }

    List<UnknownItem> unknownItems(long campaignId, UnitScope scope) {
        return jdbc.sql("""
                select i.id, u.code, r.name, i.description, i.noted_by, i.noted_at, i.registered_asset_id
                from inventory_unknown_items i
                join units u on u.id = i.unit_id join rooms r on r.id = i.room_id
                where i.campaign_id = :campaign""" + scoped("i.unit_id", scope) + " order by u.code, r.name, i.id")
                .param("campaign", campaignId).params(scopeParams(scope))
                .query((rs, i) -> new UnknownItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), nullableLong(rs, 7))).list();
    }

    /** Which of the report's lines: all of them (the CSV), or one of the PDF's lists. */
    enum ReportPart {
        /** Every expected asset with its read (if any), then the assets of other units and unknown tombos read. */
        ALL,
        /** Expected assets nobody read. */
        MISSING,
        /** Expected assets read in another room of the campaign. */
        MISPLACED,
        /** Expected assets read with another answer, then the assets of other units and unknown tombos read. */
        FOREIGN
    }

    /**
     * The report's lines of one part, in order (unit, room, tombo; the foreign reads after the expected assets),
     * handed over as the database streams them: a 50,000-asset campaign is never held whole.
     */
    void reportLines(long campaignId, UnitScope scope, ReportPart part, Consumer<ReportLine> sink) {
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.put("campaign", campaignId);
        RowCallbackHandler handler = rs -> sink.accept(line(rs, 0));
        // each part joins the reads as it needs them: the missing ones are an anti-join, the others an inner join
        String expected = " from inventory_expected e join assets a on a.id = e.asset_id join units u on u.id = e.unit_id"
                + " left join rooms r on r.id = e.room_id";
        String read = " inventory_reads rd on rd.campaign_id = e.campaign_id and rd.asset_id = e.asset_id";
        String readIn = " left join units ru on ru.id = rd.unit_id left join rooms rr on rr.id = rd.room_id";
        String columns = "select coalesce(rd.result, 'MISSING'), a.tombo, a.name, u.code, r.name, ru.code, rr.name,"
                + " e.acquisition_value";
        String query = switch (part) {
            case ALL -> columns + expected + " left join" + read + readIn;
            case MISSING -> "select 'MISSING', a.tombo, a.name, u.code, r.name, null, null, e.acquisition_value"
                    + expected;
            case MISPLACED -> columns + expected + " join" + read + " and rd.result = 'MISPLACED'" + readIn;
            case FOREIGN -> columns + expected + " join" + read + " and rd.result not in ('FOUND', 'MISPLACED')" + readIn;
        };
        String unread = part != ReportPart.MISSING ? "" : " and not exists (select 1 from inventory_reads rd"
                + " where rd.campaign_id = e.campaign_id and rd.asset_id = e.asset_id)";
        streaming.query(query + " where e.campaign_id = :campaign" + scoped("e.unit_id", scope) + unread
                + " order by u.code, r.name, a.tombo", params, handler);
        if (part == ReportPart.ALL || part == ReportPart.FOREIGN) {
            streaming.query("""
                    select rd.result, rd.tombo, a.name, u.code, r.name, ru.code, rr.name, a.acquisition_value
                    from inventory_reads rd join units ru on ru.id = rd.unit_id join rooms rr on rr.id = rd.room_id
                    left join assets a on a.id = rd.asset_id left join units u on u.id = a.unit_id
                    left join rooms r on r.id = a.room_id
                    where rd.campaign_id = :campaign and rd.result in ('OTHER_UNIT', 'WRITTEN_OFF', 'UNKNOWN')"""
                    + scoped("rd.unit_id", scope) + " order by ru.code, rr.name, rd.tombo", params, handler);
        }
    }

    /** How many assets of other units and unknown tombos the campaign read in these units. */
    long foreignReads(long campaignId, UnitScope scope) {
        return jdbc.sql("""
                select count(*) from inventory_reads rd
                where rd.campaign_id = :campaign and rd.result in ('OTHER_UNIT', 'WRITTEN_OFF', 'UNKNOWN')"""
                + scoped("rd.unit_id", scope)).param("campaign", campaignId).params(scopeParams(scope))
                .query(Long.class).single();
    }

    /** Names of active users, by id, in the order asked. */
    List<String> userNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select name from users where id in (:ids) order by name").param("ids", userIds)
                .query(String.class).list();
    }

    long activeUsers(Collection<Long> userIds) {
        return jdbc.sql("select count(*) from users where active and id in (:ids)").param("ids", userIds)
                .query(Long.class).single();
    }

    /** Active users who are not auditors and work in one of the units, or are administrators: who may count. */
    List<CampaignSummary.Place> committeeCandidates(Collection<Long> unitIds) {
        return jdbc.sql("""
                select distinct us.id, us.name from users us left join user_units uu on uu.user_id = us.id
                where us.active and (us.role = 'ADMIN' or (us.role = 'GESTOR' and uu.unit_id in (:units)))
                order by us.name""").param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .query((rs, i) -> new CampaignSummary.Place(rs.getLong(1), rs.getString(2))).list();
    }

    List<CampaignSummary.Place> units(Collection<Long> unitIds) {
        return jdbc.sql("select id, code, name from units where id in (:ids) order by code").param("ids", unitIds)
                .query((rs, i) -> new CampaignSummary.Place(rs.getLong(1), rs.getString(2) + " - " + rs.getString(3)))
                .list();
    }

    private static ReportLine line(ResultSet rs, int i) throws SQLException {
        String result = rs.getString(1);
        return new ReportLine("MISSING".equals(result) ? null : ReadResult.valueOf(result), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8));
    }

    static String scoped(String column, UnitScope scope) {
        return scope.isAll() ? "" : " and " + column + " in (:scope)";
    }

    static Map<String, ?> scopeParams(UnitScope scope) {
        return scope.isAll() ? Map.of() : Map.of("scope", scope.sqlIds());
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
