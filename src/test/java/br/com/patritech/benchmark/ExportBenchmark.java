package br.com.patritech.benchmark;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.base.Translations;
import br.com.patritech.exchange.AssetExport;
import br.com.patritech.exchange.ExportFormat;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;
import br.com.patritech.support.TestUsers;

/**
 * Times exporting the whole asset list on PostgreSQL, as an ADMIN sees it (no filter, the list's default order), as
 * pt-BR CSV and as XLSX through {@link AssetExport} (what the API and the list's links call), after loading
 * {@code benchmark.export-assets} (default 1,000,000) assets with the bulk loader; records the heap's peak during each
 * export, which must not grow with the number of rows. Not a test: it prints the figures to
 * target/benchmark-export.txt. Run: {@code ./mvnw verify -Pbenchmark -Dit.test=ExportBenchmark -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dbenchmark.export-assets=200000} for a shorter run).
 */
@SpringBootTest(properties = "patritech.bulk-assets=${benchmark.export-assets:1000000}")
@ActiveProfiles("test")
@OnPostgres
class ExportBenchmark {

    @Autowired
    AssetExport export;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() throws Exception {
        jdbc.execute("analyze");
        long assets = jdbc.queryForObject("select count(*) from assets", Long.class);
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Export of the whole asset list (%,d assets) on PostgreSQL, as an ADMIN, pt-BR, default"
                + " order; max heap %,d MB%n", assets, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        for (ExportFormat format : ExportFormat.values()) {
            Path file = Files.createTempFile("export-benchmark-", "." + format.extension());
            System.gc();
            long heapBefore = usedHeap();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            LiveHeap live = LiveHeap.watch();
            long started = System.nanoTime();
            SystemUser.callAs(admin, () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    export.write(AssetFilter.all(), List.of(), format, Translations.PT_BR, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            live.stop();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            lines.add(String.format("%s: %,d rows, %,d KB, %.1f s (%.0f rows/s); heap %,d MB before, peak during the"
                    + " export %,d MB, largest left after a collection %,d MB (%d collections)%n", format, assets,
                    Files.size(file) / 1024, seconds, assets / seconds, heapBefore / (1024 * 1024),
                    peak / (1024 * 1024), live.largest() / (1024 * 1024), live.collections()));
            Files.deleteIfExists(file);
        }
        String result = String.join("", lines);
        System.out.print(result);
        Files.writeString(Path.of("target", "benchmark-export.txt"), result, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * The heap left in use after each garbage collection while it watches: what the export really holds (the peak of
     * used heap also counts garbage not yet collected, which a large heap lets pile up).
     */
    static final class LiveHeap implements javax.management.NotificationListener {

        private final java.util.List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong largest = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger collections = new java.util.concurrent.atomic.AtomicInteger();

        static LiveHeap watch() {
            LiveHeap live = new LiveHeap();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(live, null, null);
                    live.emitters.add(emitter);
                }
            }
            return live;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> ManagementFactory.getMemoryPoolMXBeans().stream().anyMatch(
                            p -> p.getName().equals(e.getKey()) && p.getType() == MemoryType.HEAP))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            largest.accumulateAndGet(after, Math::max);
            collections.incrementAndGet();
        }

        void stop() throws javax.management.ListenerNotFoundException {
            for (var emitter : emitters) {
                emitter.removeNotificationListener(this);
            }
        }

        long largest() {
            return largest.get();
        }

        int collections() {
            return collections.get();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
