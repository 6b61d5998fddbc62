package br.com.patritech.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import br.com.patritech.audit.AuditFilter;
import br.com.patritech.audit.AuditTrail;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;
import br.com.patritech.support.TestUsers;

/**
 * Times the audit screen's queries on PostgreSQL with {@code -Dbenchmark.audit-entries} (default 1,000,000) entries
 * over two years (inserted with generate_series): the first page, and a page under each filter, for an ADMIN and for
 * a GESTOR of one unit. Asserts nothing; prints to target/benchmark-audit-results.txt. Run:
 * {@code ./mvnw verify -Pbenchmark -Dit.test=AuditTrailBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "patritech.bulk-assets=0")
@ActiveProfiles("test")
@OnPostgres
class AuditTrailBenchmark {

    private static final int RUNS = 20;
    private static final int PAGE = 50;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @Test
    void measure() throws Exception {
        long entries = Long.getLong("benchmark.audit-entries", 1_000_000);
        long start = System.nanoTime();
        // 40 actors, 25 actions, 70 % of entries about one of the units, spread over two years.
        jdbc.update("""
                insert into audit_entries (occurred_at, action, actor_id, actor_login, actor_name, subject, unit_id,
                    detail, client_address)
                select now() - (g * interval '63 seconds'),
                    (array['SIGN_IN','SIGN_IN_FAILED','SIGN_IN_LOCKED','API_TOKEN_ISSUED','API_TOKEN_CHAIN_REVOKED',
                        'USER_CREATED','USER_CHANGED','USER_ACCESS_CHANGED','USER_DEACTIVATED','USER_REACTIVATED',
                        'USER_PASSWORD_RESET','UNIT_CREATED','UNIT_CHANGED','UNIT_DELETED','ROOM_CREATED','ROOM_CHANGED',
                        'ROOM_DELETED','CATEGORY_CREATED','CATEGORY_CHANGED','CATEGORY_DELETED','WRITE_OFF_REVERTED',
                        'EXPORT_RUN','IMPORT_RUN','REPORT_GENERATED','AUDIT_EXPORTED'])[1 + g % 25],
                    1000 + g % 40, 'pessoa' || (g % 40) || '@bench.gov.br', 'Pessoa ' || (g % 40),
                    'assunto ' || g, case when g % 10 < 7 then (select min(id) from units) + g % 8 end,
                    'campo: a → b', '10.0.' || (g % 200) || '.' || (g % 250)
                from generate_series(1, ?) g""", entries);
        jdbc.execute("analyze audit_entries");
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long unitId = jdbc.queryForObject("select min(id) from units", Long.class);
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(unitId), Set.of());
        LocalDate lastMonth = LocalDate.now().minusMonths(1);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("PATRI-TECH audit trail on PostgreSQL: %,d entries (loaded in %,d ms); page of %d;"
                + " %d runs each after a warm-up; ms (goal p95: 50)", jdbc.queryForObject(
                "select count(*) from audit_entries", Long.class), loadMillis, PAGE, RUNS));
        lines.add(String.format("%-52s %8s %8s", "what", "p50", "p95"));
        for (AppUser who : List.of(admin, gestor)) {
            String name = who == admin ? "admin" : "gestor";
            lines.add(time(name + ": first page", who, () -> trail.find(AuditFilter.all(), 0, PAGE)));
            lines.add(time(name + ": page 21 (offset 1,000)", who, () -> trail.find(AuditFilter.all(), 1_000, PAGE)));
            lines.add(time(name + ": what = USER_ACCESS_CHANGED", who,
                    () -> trail.find(AuditFilter.all().withAction("USER_ACCESS_CHANGED"), 0, PAGE)));
            lines.add(time(name + ": who starts with 'pessoa17'", who,
                    () -> trail.find(AuditFilter.all().withWho("pessoa17"), 0, PAGE)));
            lines.add(time(name + ": who starts with name 'Pessoa 3'", who,
                    () -> trail.find(AuditFilter.all().withWho("Pessoa 3"), 0, PAGE)));
            lines.add(time(name + ": unit", who, () -> trail.find(AuditFilter.all().withUnit(unitId), 0, PAGE)));
            lines.add(time(name + ": one day a month ago", who,
                    () -> trail.find(AuditFilter.all().withPeriod(lastMonth, lastMonth), 0, PAGE)));
            lines.add(time(name + ": what + who + unit + month", who, () -> trail.find(AuditFilter.all()
                    .withAction("SIGN_IN").withWho("pessoa").withUnit(unitId)
                    .withPeriod(lastMonth, LocalDate.now()), 0, PAGE)));
        }
        lines.add("");
        lines.add("Plans (EXPLAIN):");
        explain(lines, "first page", "select id from audit_entries order by occurred_at desc, id desc limit 50");
        explain(lines, "by action", "select id from audit_entries where action = 'USER_CHANGED'"
                + " order by occurred_at desc, id desc limit 50");
        explain(lines, "by unit", "select id from audit_entries where unit_id = " + unitId
                + " order by occurred_at desc, id desc limit 50");
        explain(lines, "who prefix", "select id from audit_entries where actor_login like 'pessoa17%'"
                + " or lower(actor_name) like 'pessoa17%' order by occurred_at desc, id desc limit 50");
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-audit-results.txt"), lines);
    }

    private static String time(String what, AppUser caller, Supplier<?> query) {
        SystemUser.callAs(caller, query);
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SystemUser.callAs(caller, query);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return String.format("%-52s %8.1f %8.1f", what, micros[RUNS / 2 - 1] / 1000.0,
                micros[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0);
    }

    private void explain(List<String> lines, String what, String sql) {
        List<String> plan = jdbc.queryForList("explain " + sql, String.class);
        lines.add(String.format("  %-14s %s", what, plan.stream().limit(3).map(String::strip)
                .map(l -> l.replaceAll("\\s*\\(cost=.*", "")).reduce((a, b) -> a + " > " + b).orElse("")));
    }
}
