package br.com.patritech.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.assets.AssetTotalsLedger;
import br.com.patritech.documents.LabelLayout;
import br.com.patritech.inventory.CampaignForm;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.CountingService;
import br.com.patritech.inventory.InventoryReport;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.inventory.LabelService;
import br.com.patritech.inventory.ReconciliationService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;
import br.com.patritech.support.TestUsers;

/**
 * A campaign over one unit with {@code benchmark.inventory-assets} (50,000) assets in 10 rooms on PostgreSQL:
 * opening it (the snapshot), 500 reads (server time each, p50/p95/max), the progress figures, the first page of each
 * reconciliation list, the closing report (PDF and CSV), and 5,000 labels of the list's filter (with the heap used).
 * Not a test: it asserts nothing and prints the figures to target/inventory-benchmark-results.txt.
 * Run: {@code ./mvnw verify -Pbenchmark -Dit.test=InventoryBenchmark -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "patritech.bulk-assets=0")
@ActiveProfiles("test")
@OnPostgres
class InventoryBenchmark {

    static final int ROOMS = 10;

    @Autowired JdbcTemplate jdbc;
    @Autowired AssetFixtures fixtures;
    @Autowired AssetTotalsLedger ledger;
    @Autowired TestUsers testUsers;
    @Autowired InventoryService inventory;
    @Autowired CountingService counting;
    @Autowired ReconciliationService reconciliation;
    @Autowired InventoryReport report;
    @Autowired LabelService labels;

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("benchmark.inventory-assets", 50_000);
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("INVB");
        List<Long> rooms = rooms(place.unitId(), place.roomA(), place.roomB());
        long loadStart = System.nanoTime();
        load(place.unitId(), place.unitCode(), category, rooms, count);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Inventory benchmark: one unit, %,d assets in %d rooms, PostgreSQL (load %,d ms)",
                count, ROOMS, ms(loadStart)));

        long start = System.nanoTime();
        CampaignSummary campaign = SystemUser.callAs(admin, () -> inventory.open(new CampaignForm("Benchmark",
                Set.of(place.unitId()), LocalDate.now(), null, Set.of(admin.id()))));
        lines.add(String.format("open the campaign (snapshot of %,d expected): %,d ms", count, ms(start)));

        Random random = new Random(13);
        long[] reads = new long[500];
        for (int i = 0; i < reads.length; i++) {
            String tombo = String.format("INVB-%06d", random.nextInt(count));
            long room = rooms.get(random.nextInt(ROOMS));
            long readStart = System.nanoTime();
            SystemUser.callAs(admin, () -> counting.read(campaign.id(), room, tombo));
            reads[i] = System.nanoTime() - readStart;
        }
        Arrays.sort(reads);
        lines.add(String.format("500 reads, server time each: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                reads[249] / 1e6, reads[474] / 1e6, reads[499] / 1e6));
        lines.add(time("progress per room (SQL aggregate)", () -> SystemUser.callAs(admin,
                () -> inventory.progress(campaign.id()))));
        lines.add(time("reconciliation: first page of misplaced", () -> SystemUser.callAs(admin,
                () -> reconciliation.misplaced(campaign.id(), 0, 50))));
        lines.add(time("reconciliation: first page of missing", () -> SystemUser.callAs(admin,
                () -> reconciliation.missing(campaign.id(), 0, 50))));
        lines.add(time("reconciliation: page of missing at row 40,000", () -> SystemUser.callAs(admin,
                () -> reconciliation.missing(campaign.id(), Math.min(40_000, count - 50), 50))));
        CampaignSummary current = SystemUser.callAs(admin, () -> inventory.get(campaign.id()));
        lines.add(time("close the campaign", () -> SystemUser.callAs(admin,
                () -> inventory.close(current.id(), current.version()))));
        lines.add(document("closing report PDF", out -> report.pdf(campaign.id(), Locale.forLanguageTag("pt-BR"), out),
                admin));
        lines.add(document("closing report CSV", out -> {
            var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            report.csv(campaign.id(), Locale.forLanguageTag("pt-BR"), writer); // closes (and flushes) the writer
        }, admin));
        lines.add(labels(admin, place.unitId(), rooms.get(0)));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "inventory-benchmark-results.txt"), lines);
    }

    /** The two fixture rooms and eight more, so each room holds a tenth of the unit. */
    private List<Long> rooms(long unitId, long roomA, long roomB) {
        List<Long> rooms = new ArrayList<>(List.of(roomA, roomB));
        for (int i = 3; i <= ROOMS; i++) {
            jdbc.update("insert into rooms (unit_id, name, created_at) values (?, ?, now())", unitId, "Sala " + i);
            rooms.add(jdbc.queryForObject("select id from rooms where unit_id = ? and name = ?", Long.class, unitId,
                    "Sala " + i));
        }
        return rooms;
    }

    private void load(long unitId, String unitCode, long category, List<Long> rooms, int count) {
        String roomIds = rooms.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        jdbc.update("""
                insert into assets (tombo, name, category_id, category_name, unit_id, unit_code, room_id, room_name,
                  acquisition_value, acquisition_date, origin, conservation, classification, status, created_at,
                  created_by)
                select 'INVB-' || lpad(cast(g as varchar), 6, '0'), 'Bem ' || g, ?, (select name from categories where id = ?),
                  ?, ?, r.id, r.name, 100 + mod(g, 900), current_date - 400, 'PROPRIO', 'BOM', 'EM_USO', 'ATIVO', now(),
                  'benchmark'
                from generate_series(0, ? - 1) g
                join rooms r on r.unit_id = ? and r.id = (array[""" + roomIds + "])[1 + mod(g, " + ROOMS + ")]",
                category, category, unitId, unitCode, count, unitId);
        ledger.recompute();
        jdbc.execute("analyze");
    }

    private String time(String what, Supplier<?> work) {
        long start = System.nanoTime();
        Object result = work.get();
        int size = result instanceof List<?> list ? list.size() : 1;
        return String.format("%s: %,d ms (%,d rows)", what, ms(start), size);
    }

    private String document(String what, DocumentWriter writer, AppUser admin) {
        var out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        SystemUser.callAs(admin, () -> {
            try {
                writer.write(out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return String.format("%s: %,d ms, %,d KB", what, ms(start), out.size() / 1024);
    }

    /** 5,000 labels of the list filtered to one room, written to nowhere: time and heap growth while writing. */
    private String labels(AppUser admin, long unitId, long roomId) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        var filter = AssetFilter.all().withUnit(unitId).withRoom(roomId);
        int printed = SystemUser.callAs(admin, () -> labels.writeFiltered(filter,
                List.of(new AssetSort(AssetSortKey.TOMBO, true)), LabelLayout.A4_3X10, 1, OutputStream.nullOutputStream()));
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        return String.format("labels of the list's filter (one room): %,d labels in %,d ms, heap grew %,d MB while writing",
                printed, ms(start), Math.max(0, heapAfter - heapBefore) / 1024 / 1024);
    }

    private interface DocumentWriter {
        void write(OutputStream out) throws Exception;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
