package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;

/**
 * The custody feature's only way to read and change what {@code assets} stores about custody: the current
 * responsible person and whether their term is pending (docs/decisions/0008, 0009). Runs inside the caller's
 * transaction. The caller (custody's service) has already checked the caller's role, unit scope and flag; this port
 * trusts that, checks the lifecycle ({@link AssetAction#CUSTODY}) and records the history. Custody never changes
 * unit, category, status, classification or value, so the totals are untouched.
 */
@Component
public class AssetCustodyPort {

    /** What custody needs to know of an asset to assign, return and print it. */
    public record CustodyAsset(long id, long version, long unitId, Long roomId, String tombo, String name,
                               String serialNumber, BigDecimal value, AssetStatus status, Long custodianId,
                               boolean pending) {
    }

    private static final int ROWS_PER_STATEMENT = 100;

    private final EntityManager em;
    private final AssetHistoryWriter history;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final java.time.Clock clock;

    AssetCustodyPort(EntityManager em, AssetHistoryWriter history, org.springframework.jdbc.core.JdbcTemplate jdbc,
                     java.time.Clock clock) {
        this.em = em;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The assets with these ids that exist, by id (the caller filters by scope). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CustodyAsset> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Asset a where a.id in :ids order by a.id", Asset.class)
                .setParameter("ids", ids).getResultList().stream().map(AssetCustodyPort::view).toList();
    }

    /** Ids of the assets in a room whose state allows a custody change (for "all assets of this room"). */
    @Transactional(readOnly = true)
    public List<Long> idsInRoom(long roomId) {
        return em.createQuery("select a.id from Asset a where a.room.id = :room and a.status in :states order by a.id",
                Long.class).setParameter("room", roomId).setParameter("states", statesAllowingCustody()).getResultList();
    }

    /**
     * Sets the asset's custodian ({@code null}: nobody) and whether their term is pending, and appends the history
     * entry. Refuses an asset whose state does not allow custody changes (written off, in transit).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(long assetId, Long custodianId, boolean pending, AssetEventType type, AppUser actor,
                       String fromLabel, String toLabel, String termNumber) {
        Asset asset = em.find(Asset.class, assetId);
        if (!asset.getStatus().allows(AssetAction.CUSTODY)) {
            throw new DomainException(asset.getStatus() == AssetStatus.BAIXADO ? "custody.asset.written-off"
                    : "custody.asset.locked", "assetIds", asset.getTombo());
        }
        asset.setCustody(custodianId, pending);
        history.append(assetId, type, actor, null, new HistoryChanges()
                .add(HistoryField.CUSTODIAN, fromLabel, toLabel)
                .add(HistoryField.CUSTODY_TERM, null, termNumber));
    }

    /** One imported asset's new custodian (as history names them) and the term that made them responsible. */
    public record ImportedCustody(long assetId, String custodianLabel, String termNumber) {
    }

    /**
     * The CUSTODY_ASSIGNED history entries (custodian and term, as {@link #change} writes them) of assets an import has
     * just registered in someone's custody ({@link AssetImports#insert(List, List, AppUser, String)} set the column):
     * multi-row inserts, {@value #ROWS_PER_STATEMENT} assets a statement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importedInCustody(List<ImportedCustody> assigned, AppUser actor) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        Long actorId = actor.id() == 0 ? null : actor.id();
        for (int from = 0; from < assigned.size(); from += ROWS_PER_STATEMENT) {
            List<ImportedCustody> chunk = assigned.subList(from, Math.min(assigned.size(), from + ROWS_PER_STATEMENT));
            List<Object> events = new java.util.ArrayList<>(chunk.size() * 4);
            for (ImportedCustody custody : chunk) {
                events.addAll(java.util.Arrays.asList(custody.assetId(), now, actorId, actor.name()));
            }
            String sql = "insert into asset_events (asset_id, type, occurred_at, actor_id, actor_name) values "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(),
                    "(?, '" + AssetEventType.CUSTODY_ASSIGNED.name() + "', ?, ?, ?)"));
            org.springframework.jdbc.support.GeneratedKeyHolder keys =
                    new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(sql, new String[] {"id", "asset_id"});
                for (int i = 0; i < events.size(); i++) {
                    org.springframework.jdbc.core.StatementCreatorUtils.setParameterValue(statement, i + 1,
                            org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN, events.get(i));
                }
                return statement;
            }, keys);
            Map<Long, Long> eventOf = new java.util.HashMap<>();
            for (Map<String, Object> key : keys.getKeyList()) {
                eventOf.put(((Number) column(key, "asset_id")).longValue(), ((Number) column(key, "id")).longValue());
            }
            List<Object> changes = new java.util.ArrayList<>(chunk.size() * 10);
            for (ImportedCustody custody : chunk) {
                long event = eventOf.get(custody.assetId());
                changes.addAll(java.util.Arrays.asList(event, 0, HistoryField.CUSTODIAN.storedName(), null,
                        HistoryField.CUSTODIAN.store(custody.custodianLabel()), event, 1,
                        HistoryField.CUSTODY_TERM.storedName(), null,
                        HistoryField.CUSTODY_TERM.store(custody.termNumber())));
            }
            jdbc.update("insert into asset_event_changes (event_id, position, field, old_value, new_value) values "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size() * 2, "(?, ?, ?, ?, ?)")),
                    changes.toArray());
        }
    }

    /**
     * Ends custody without a term because the asset left the unit (see {@link AssetLeftUnit}): whatever the state
     * the transfer left the asset in, its custodian is cleared.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(long assetId, AppUser actor, String fromLabel) {
        Asset asset = em.find(Asset.class, assetId);
        asset.setCustody(null, false);
        history.append(assetId, AssetEventType.CUSTODY_RETURNED, actor, null,
                new HistoryChanges().add(HistoryField.CUSTODIAN, fromLabel, null));
    }

    /** The custodian accepted (or signed) their term: the assets still in their custody are no longer pending. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accepted(Collection<Long> assetIds, long custodianId) {
        if (assetIds.isEmpty()) {
            return;
        }
        em.createQuery("select a from Asset a where a.id in :ids", Asset.class).setParameter("ids", assetIds)
                .getResultList().stream().filter(a -> Long.valueOf(custodianId).equals(a.getCustodianId()))
                .forEach(a -> a.setCustody(custodianId, false));
    }

    /** A returned key's column, whatever case the driver names it in. */
    private static Object column(Map<String, Object> key, String name) {
        return key.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static List<AssetStatus> statesAllowingCustody() {
        return java.util.Arrays.stream(AssetStatus.values()).filter(s -> s.allows(AssetAction.CUSTODY)).toList();
    }

    private static CustodyAsset view(Asset a) {
        return new CustodyAsset(a.getId(), a.getVersion(), a.getUnit().getId(),
                a.getRoom() == null ? null : a.getRoom().getId(), a.getTombo(), a.getName(), a.getSerialNumber(),
                a.getAcquisitionValue(), a.getStatus(), a.getCustodianId(), a.isCustodyPending());
    }
}
