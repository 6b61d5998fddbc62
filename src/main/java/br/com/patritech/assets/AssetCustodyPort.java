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

    /**
     * As {@link #change} to a new custodian, pending, for assets an import has just registered (nobody's custody yet,
     * in a state the caller checked allows it), set-based: one update and multi-row inserts of their CUSTODY_ASSIGNED
     * entries (custodian and term, as {@link #change} writes them), {@value #ROWS_PER_STATEMENT} assets a statement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assignImported(List<Long> assetIds, long custodianId, AppUser actor, String toLabel,
                               String termNumber) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        Long actorId = actor.id() == 0 ? null : actor.id();
        String custodian = HistoryField.CUSTODIAN.store(toLabel);
        String term = HistoryField.CUSTODY_TERM.store(termNumber);
        for (int from = 0; from < assetIds.size(); from += ROWS_PER_STATEMENT) {
            List<Long> chunk = assetIds.subList(from, Math.min(assetIds.size(), from + ROWS_PER_STATEMENT));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> args = new java.util.ArrayList<>(chunk.size() + 1);
            args.add(custodianId);
            args.addAll(chunk);
            jdbc.update("update assets set custodian_id = ?, custody_pending = true, version = version + 1"
                    + " where id in (" + marks + ")", args.toArray());
            List<Object> events = new java.util.ArrayList<>(chunk.size() * 4);
            for (Long id : chunk) {
                events.addAll(java.util.Arrays.asList(id, now, actorId, actor.name()));
            }
            String sql = "insert into asset_events (asset_id, type, occurred_at, actor_id, actor_name) values "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(),
                    "(?, '" + AssetEventType.CUSTODY_ASSIGNED.name() + "', ?, ?, ?)"));
            org.springframework.jdbc.support.GeneratedKeyHolder keys =
                    new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(sql, new String[] {"id"});
                for (int i = 0; i < events.size(); i++) {
                    org.springframework.jdbc.core.StatementCreatorUtils.setParameterValue(statement, i + 1,
                            org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN, events.get(i));
                }
                return statement;
            }, keys);
            List<Object> changes = new java.util.ArrayList<>(chunk.size() * 10);
            for (Map<String, Object> key : keys.getKeyList()) {
                long event = ((Number) key.values().iterator().next()).longValue();
                changes.addAll(java.util.Arrays.asList(event, 0, HistoryField.CUSTODIAN.storedName(), null,
                        custodian, event, 1, HistoryField.CUSTODY_TERM.storedName(), null, term));
            }
            jdbc.update("insert into asset_event_changes (event_id, position, field, old_value, new_value) values "
                    + String.join(", ", java.util.Collections.nCopies(keys.getKeyList().size() * 2,
                    "(?, ?, ?, ?, ?)")), changes.toArray());
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

    private static List<AssetStatus> statesAllowingCustody() {
        return java.util.Arrays.stream(AssetStatus.values()).filter(s -> s.allows(AssetAction.CUSTODY)).toList();
    }

    private static CustodyAsset view(Asset a) {
        return new CustodyAsset(a.getId(), a.getVersion(), a.getUnit().getId(),
                a.getRoom() == null ? null : a.getRoom().getId(), a.getTombo(), a.getName(), a.getSerialNumber(),
                a.getAcquisitionValue(), a.getStatus(), a.getCustodianId(), a.isCustodyPending());
    }
}
