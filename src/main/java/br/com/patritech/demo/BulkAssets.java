package br.com.patritech.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 * dashboard at scale, spread as in a real network (see {@link BulkPlaces}; registered over ten years, in imports of
 * {@value #IMPORT_SIZE} at the same instant): {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--patritech.bulk-assets=1000000}
 * or the benchmark profile. Plain JDBC batches, because a million registrations through the service would
 * take hours; runs only when the property is set and no BULK asset exists yet. Written around the service, so it
 * has the maintained totals recomputed afterwards.
 */
@Component
@Order(4)
class BulkAssets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BulkAssets.class);
    private static final int BATCH = 5_000;
    /** Assets registered at the same instant, as one purchase or migration registers them. */
    private static final int IMPORT_SIZE = 500;
    /** From this many assets on, the load tops units, rooms and categories up to a network's (BulkPlaces). */
    private static final int NETWORK_SIZE = 20_000;
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
        boolean network = count >= NETWORK_SIZE; // a small load (a test) keeps to the places that exist
        List<BulkPlaces.Room> rooms = BulkPlaces.rooms(jdbc, network);
        List<BulkPlaces.Category> categories = BulkPlaces.categories(jdbc, network);
        long started = System.nanoTime();
        Random random = new Random(42);
        Instant tenYearsAgo = Instant.now().minus(Duration.ofDays(3650));
        long batchStep = Duration.ofDays(3650).toSeconds() / Math.max(1, count / IMPORT_SIZE);
        Timestamp createdAt = Timestamp.from(tenYearsAgo);
        for (int from = 0; from < count; from += BATCH) {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                if (i % IMPORT_SIZE == 0) { // one import (a purchase, a migration) registers many at the same instant
                    createdAt = Timestamp.from(tenYearsAgo.plusSeconds((i / IMPORT_SIZE) * batchStep));
                }
                BulkPlaces.Room room = rooms.get(skewed(random, rooms.size()));
                BulkPlaces.Category category = categories.get(random.nextInt(categories.size()));
                boolean writtenOff = random.nextInt(20) == 0;
                LocalDate registered = createdAt.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                rows.add(new Object[] {String.format("BULK-%07d", i + 1),
                    WORDS[random.nextInt(WORDS.length)] + " " + (1000 + random.nextInt(9000)),
                    random.nextInt(3) == 0 ? null : "SN" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36),
                    category.id(), category.name(), room.unitId(), room.unitCode(), room.roomId(), room.roomName(),
                    BigDecimal.valueOf(10_000 + random.nextInt(1_000_000), 2),
                    Date.valueOf(registered.minusDays(random.nextInt(400))),
                    ORIGINS[random.nextInt(ORIGINS.length)], CONSERVATION[random.nextInt(CONSERVATION.length)],
                    CLASSIFICATION[random.nextInt(CLASSIFICATION.length)], writtenOff ? "BAIXADO" : "ATIVO",
                    writtenOff ? Date.valueOf(min(registered.plusDays(random.nextInt(30)), LocalDate.now())) : null,
                    writtenOff ? "INUTILIZACAO_ABANDONO" : null, createdAt});
            }
            jdbc.batchUpdate("insert into assets (tombo, name, serial_number, category_id, category_name, unit_id,"
                    + " unit_code, room_id, room_name, acquisition_value, acquisition_date, origin, conservation,"
                    + " classification, status, write_off_date, write_off_reason, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'carga em massa')", rows);
        }
        jdbc.update("insert into asset_events (asset_id, type, occurred_at, actor_name)"
                + " select id, 'CREATED', created_at, 'carga em massa' from assets where tombo like 'BULK-%'");
        totals.recompute();
        log.info("Loaded {} bulk assets in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Units differ in size as in a real network: the first rooms (the headquarters' units) get far more assets. */
    private static int skewed(Random random, int size) {
        return (int) Math.min(size - 1, Math.floor(size * Math.pow(random.nextDouble(), 2)));
    }
}
