package br.com.patritech.transfers;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

import br.com.patritech.security.UnitScope;

/** The guide lists, paged and counted in SQL, restricted to the caller's units; pending first, then newest. */
@Component
class TransferQueries {

    private final EntityManager em;

    TransferQueries(EntityManager em) {
        this.em = em;
    }

    List<TransferRow> page(TransferDirection direction, Long unitId, UnitScope scope, int offset, int limit) {
        TypedQuery<TransferRow> query = em.createQuery("select new br.com.patritech.transfers.TransferRow(g.id,"
                + " g.number, g.status, o.id, concat(o.code, ' - ', o.name), d.id, concat(d.code, ' - ', d.name),"
                + " size(g.items), (select coalesce(sum(i.assetValue), 0) from TransferGuide g2 join g2.items i"
                + " where g2 = g), g.createdAt, g.createdByName)"
                + " from TransferGuide g join g.origin o join g.destination d where " + where(direction, unitId, scope)
                + " order by case when g.status = br.com.patritech.transfers.TransferStatus.PENDENTE then 0 else 1 end,"
                + " g.createdAt desc, g.id desc", TransferRow.class);
        bind(query, unitId, scope);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(TransferDirection direction, Long unitId, UnitScope scope) {
        TypedQuery<Long> query = em.createQuery("select count(g) from TransferGuide g join g.origin o"
                + " join g.destination d where " + where(direction, unitId, scope), Long.class);
        bind(query, unitId, scope);
        return query.getSingleResult();
    }

    /** Pending guides coming into any of these units. */
    long pendingInto(UnitScope units) {
        if (units.isEmpty()) {
            return 0;
        }
        String restrict = units.isAll() ? "" : " and g.destination.id in :units";
        TypedQuery<Long> query = em.createQuery("select count(g) from TransferGuide g where g.status ="
                + " br.com.patritech.transfers.TransferStatus.PENDENTE" + restrict, Long.class);
        if (!units.isAll()) {
            query.setParameter("units", units.sqlIds());
        }
        return query.getSingleResult();
    }

    List<TransferDetails.Place> activeUnits() {
        return em.createQuery("select new br.com.patritech.transfers.TransferDetails$Place(u.id, u.code, u.name)"
                + " from Unit u where u.active = true order by u.code", TransferDetails.Place.class).getResultList();
    }

    private static String where(TransferDirection direction, Long unitId, UnitScope scope) {
        String side = direction == TransferDirection.INCOMING ? "d" : "o";
        String where = scope.isAll() ? "1 = 1" : side + ".id in :scope";
        return unitId == null ? where : where + " and " + side + ".id = :unit";
    }

    private static void bind(TypedQuery<?> query, Long unitId, UnitScope scope) {
        if (!scope.isAll()) {
            query.setParameter("scope", scope.sqlIds());
        }
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
    }
}
