package br.com.patritech.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetTotalsLedger;

/**
 * Loads N synthetic assets (tombos BULK-0000001…) with one history entry each, to measure lists, search and
 * dashboard at scale: {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--patritech.bulk-assets=1000000}
 * or the benchmark profile. Plain JDBC batches, because a million registrations through the service would
 * take hours; runs only when the property is set and no BULK asset exists yet. Written around the service, so it
 * has the maintained totals recomputed afterwards.
 */
@Component
@Order(4)
class BulkAssets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BulkAssets.class);
    private static final int BATCH = 5_000;
    private static final String[] WORDS = {"Notebook", "Cadeira", "Mesa", "Armário", "Monitor", "Impressora",
        "Projetor", "Ventilador", "Geladeira", "Estante", "Bebedouro", "Switch", "Balança", "Autoclave"};
    private static final String[] ORIGINS = {"PROPRIO", "PROPRIO", "PROPRIO", "DOACAO", "ALUGADO", "COMODATO"};
    private static final String[] CONSERVATION = {"EXCELENTE", "BOM", "BOM", "REGULAR", "RUIM"};
    private static final String[] CLASSIFICATION = {"EM_USO", "EM_USO", "EM_USO", "OCIOSO", "RECUPERAVEL"};

    private final JdbcTemplate jdbc;
    private final AssetTotalsLedger totals;
    private final int count;

    BulkAssets(JdbcTemplate jdbc, AssetTotalsLedger totals, @Value("${patritech.bulk-assets:0}") int count) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0 || Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from assets where tombo like 'BULK-%'", Boolean.class))) {
            return;
        }
        List<Map<String, Object>> rooms = jdbc.queryForList("select id as room_id, unit_id from rooms");
        List<Long> categories = jdbc.queryForList("select id from categories", Long.class);
        if (rooms.isEmpty() || categories.isEmpty()) {
            log.warn("patritech.bulk-assets needs units with rooms and categories (demo data provides them)");
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < count; from += BATCH) {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                Map<String, Object> room = rooms.get(random.nextInt(rooms.size()));
                boolean writtenOff = random.nextInt(20) == 0;
                rows.add(new Object[] {String.format("BULK-%07d", i + 1),
                    WORDS[random.nextInt(WORDS.length)] + " " + (1000 + random.nextInt(9000)),
                    random.nextInt(3) == 0 ? null : "SN" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36),
                    categories.get(random.nextInt(categories.size())), room.get("unit_id"), room.get("room_id"),
                    BigDecimal.valueOf(10_000 + random.nextInt(1_000_000), 2),
                    Date.valueOf(LocalDate.now().minusDays(40 + random.nextInt(4000))),
                    ORIGINS[random.nextInt(ORIGINS.length)], CONSERVATION[random.nextInt(CONSERVATION.length)],
                    CLASSIFICATION[random.nextInt(CLASSIFICATION.length)], writtenOff ? "BAIXADO" : "ATIVO",
                    writtenOff ? Date.valueOf(LocalDate.now().minusDays(random.nextInt(30))) : null,
                    writtenOff ? "INUTILIZACAO_ABANDONO" : null, now});
            }
            jdbc.batchUpdate("insert into assets (tombo, name, serial_number, category_id, unit_id, room_id,"
                    + " acquisition_value, acquisition_date, origin, conservation, classification, status,"
                    + " write_off_date, write_off_reason, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'carga em massa')", rows);
        }
        jdbc.update("insert into asset_events (asset_id, type, occurred_at, actor_name)"
                + " select id, 'CREATED', created_at, 'carga em massa' from assets where tombo like 'BULK-%'");
        totals.recompute();
        log.info("Loaded {} bulk assets in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
    }
}
