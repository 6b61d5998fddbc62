package br.com.patritech.benchmark;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.base.Translations;
import br.com.patritech.exchange.ImportJob;
import br.com.patritech.exchange.ImportMode;
import br.com.patritech.exchange.ImportService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;
import br.com.patritech.support.TestUsers;

/**
 * Times importing {@code benchmark.import-rows} (default 100,000) rows of a pt-BR CSV on PostgreSQL (the goal: well
 * under a minute) and records the heap's peak during it, which must not grow with the file. Not a test: it prints
 * the figures to target/benchmark-import.txt. With {@code -Dbenchmark.import-people=N} (default 0: no such column)
 * every row also names one of N responsible people of the unit by CPF, so the assets go into their custody (a
 * pending term per person and batch). Run:
 * {@code ./mvnw verify -Pbenchmark -Dit.test=ImportBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "patritech.bulk-assets=0")
@ActiveProfiles("test")
@OnPostgres
class ImportBenchmark {

    @Autowired
    ImportService imports;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    br.com.patritech.custody.CustodyFixtures people;

    @Test
    void measure() throws Exception {
        int rows = Integer.getInteger("benchmark.import-rows", 100_000);
        AssetFixtures.Place place = fixtures.newUnit();
        long categoryId = fixtures.newCategory("BEN");
        String category = jdbc.queryForObject("select name from categories where id = ?", String.class, categoryId);
        int personCount = Integer.getInteger("benchmark.import-people", 0);
        java.util.List<String> cpfs = java.util.stream.IntStream.range(0, personCount)
                .mapToObj(i -> people.person(place.unitId(), "Responsável " + i).cpf()).toList();
        Path csv = Files.createTempFile("import-benchmark-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Tombo;Nome;Número de série;Categoria;Unidade;Sala;Valor de aquisição;Data de aquisição"
                    + (personCount > 0 ? ";CPF do responsável" : "") + "\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write("IMPB-" + i + ";Cadeira giratória " + i + ";SN" + i + ";" + category + ";"
                        + place.unitCode() + ";" + (i % 2 == 0 ? "Sala A" : "Sala B") + ";" + (100 + i % 5000)
                        + ",50;" + String.format("%02d/%02d/20%02d", 1 + i % 28, 1 + i % 12, 10 + i % 15)
                        + (personCount > 0 ? ";" + cpfs.get(i % personCount) : "") + "\r\n");
            }
        }
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        boolean statements = sqlStatementsAvailable();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        ImportJob job = SystemUser.callAs(admin, () -> {
            try {
                var stored = imports.receive(Files.newInputStream(csv));
                var preview = imports.preview(stored);
                ImportJob running = imports.start(stored, csv.getFileName().toString(), preview.mapping(),
                        ImportMode.VALID_ONLY, false, Translations.PT_BR);
                while (!running.status().finished()) {
                    Thread.sleep(200);
                    running = imports.job(running.id());
                }
                return running;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String result = String.format("Import of %,d CSV rows (%,d KB)%s on PostgreSQL: %s, %,d imported, %,d"
                + " refused, %.1f s (%.0f rows/s); heap peak during the import %,d MB (max heap %,d MB)%n", rows,
                Files.size(csv) / 1024, personCount > 0 ? " naming " + personCount + " responsible people" : "", job.status(), job.importedRows(), job.rejectedRows(), seconds, rows / seconds,
                peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (statements) {
            result += "PostgreSQL time by statement during the import (pg_stat_statements, top 8):\n"
                    + String.join("\n", jdbc.queryForList("select lpad(to_char(total_exec_time / 1000, 'FM990.0'), 6)"
                    + " || ' s ' || lpad(calls::text, 7) || ' calls  ' || left(regexp_replace(query, '\\s+', ' ', 'g'),"
                    + " 110) from pg_stat_statements order by total_exec_time desc limit " + (personCount > 0 ? 14 : 8),
                    String.class)) + "\n";
        }
        System.out.print(result);
        Files.writeString(Path.of("target", "benchmark-import.txt"), result, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.deleteIfExists(csv);
    }

    /** Where PostgreSQL spends the import's time, when the embedded server preloads pg_stat_statements. */
    private boolean sqlStatementsAvailable() {
        try {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForList("select pg_stat_statements_reset()");
            return true;
        } catch (org.springframework.dao.DataAccessException e) {
            return false;
        }
    }
}
