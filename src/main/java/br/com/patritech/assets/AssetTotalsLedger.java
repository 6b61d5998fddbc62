package br.com.patritech.assets;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code asset_totals} (count and acquisition value per unit, category, status and classification) equal to
 * the assets, in the transaction of each change. Every writer of assets calls it: {@link AssetService} for each
 * change, bulk loads through {@link #recompute()}. Row-level upserts, applied in key order, so concurrent changes
 * neither lose an update nor deadlock on each other's cells.
 */
@Component
public class AssetTotalsLedger {

    /** Where an asset counts, and for how much. */
    record Cell(long unitId, long categoryId, AssetStatus status, Classification classification, BigDecimal value) {

        static Cell of(Asset asset) {
            return new Cell(asset.getUnit().getId(), asset.getCategory().getId(), asset.getStatus(),
                    asset.getClassification(), asset.getAcquisitionValue());
        }

        String key() {
            return unitId + "/" + categoryId + "/" + status + "/" + classification;
        }

        boolean sameKey(Cell other) {
            return key().equals(other.key());
        }
    }

    private static final String POSTGRES_UPSERT = "insert into asset_totals (unit_id, category_id, status,"
            + " classification, asset_count, total_value) values (?, ?, ?, ?, ?, ?)"
            + " on conflict (unit_id, category_id, status, classification) do update set"
            + " asset_count = asset_totals.asset_count + excluded.asset_count,"
            + " total_value = asset_totals.total_value + excluded.total_value";
    /** H2 has no ON CONFLICT ... DO UPDATE; its MERGE locks the row it updates. */
    private static final String STANDARD_MERGE = "merge into asset_totals t using (select cast(? as bigint) unit_id,"
            + " cast(? as bigint) category_id, cast(? as varchar(20)) status, cast(? as varchar(20)) classification,"
            + " cast(? as bigint) n, cast(? as numeric(19, 2)) amount) v on t.unit_id = v.unit_id"
            + " and t.category_id = v.category_id and t.status = v.status and t.classification = v.classification"
            + " when matched then update set asset_count = t.asset_count + v.n, total_value = t.total_value + v.amount"
            + " when not matched then insert (unit_id, category_id, status, classification, asset_count, total_value)"
            + " values (v.unit_id, v.category_id, v.status, v.classification, v.n, v.amount)";

    private final JdbcTemplate jdbc;
    private final SharedFigures sharedFigures;
    private volatile String upsert;

    AssetTotalsLedger(JdbcTemplate jdbc, SharedFigures sharedFigures) {
        this.jdbc = jdbc;
        this.sharedFigures = sharedFigures;
    }

    /** A newly registered asset. */
    @Transactional(propagation = Propagation.MANDATORY)
    void added(Asset asset) {
        apply(Cell.of(asset), 1);
    }

    /** Many newly registered assets (an import): one upsert per cell they fall in, in key order. */
    @Transactional(propagation = Propagation.MANDATORY)
    void addedAll(java.util.Collection<Cell> cells) {
        java.util.Map<String, Cell> sums = new java.util.TreeMap<>();
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Cell cell : cells) {
            sums.merge(cell.key(), cell, (a, b) -> new Cell(a.unitId(), a.categoryId(), a.status(),
                    a.classification(), a.value().add(b.value())));
            counts.merge(cell.key(), 1L, Long::sum);
        }
        sums.forEach((key, cell) -> applyDelta(cell, counts.get(key), cell.value()));
    }

    /** The asset as it is now, after a change from {@code before} (value, category, status, unit...). */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(Cell before, Asset asset) {
        Cell after = Cell.of(asset);
        if (before.equals(after)) {
            return;
        }
        if (before.sameKey(after)) {
            applyDelta(after, 0, after.value().subtract(before.value()));
            return;
        }
        Stream.of(before, after).sorted(Comparator.comparing(Cell::key))
                .forEach(cell -> apply(cell, cell == before ? -1 : 1));
    }

    /** After assets were written around the service (bulk loads): the totals from scratch. */
    @Transactional
    public void recompute() {
        sharedFigures.changing();
        jdbc.update("delete from asset_totals");
        jdbc.update("insert into asset_totals (unit_id, category_id, status, classification, asset_count, total_value)"
                + " select unit_id, category_id, status, classification, count(*), sum(acquisition_value)"
                + " from assets group by unit_id, category_id, status, classification");
    }

    private void apply(Cell cell, int sign) {
        applyDelta(cell, sign, sign < 0 ? cell.value().negate() : cell.value());
    }

    private void applyDelta(Cell cell, long count, BigDecimal value) {
        sharedFigures.changing();
        jdbc.update(upsert(), cell.unitId(), cell.categoryId(), cell.status().name(), cell.classification().name(),
                count, value);
    }

    private String upsert() {
        if (upsert == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            upsert = "PostgreSQL".equalsIgnoreCase(product) ? POSTGRES_UPSERT : STANDARD_MERGE;
        }
        return upsert;
    }
}
