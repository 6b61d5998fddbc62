package br.com.patritech.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import br.com.patritech.security.SystemUser;

/** Times one scenario through the service and through HTTP, and formats the table's row with the goal. */
final class Timings {

    private static final int RUNS = 20;
    private static final String ROW = "%-48s %7s %7s %7s %7s %8s %7s";

    private final ApiTimer api;
    private ApiTimer.Caller caller;
    private String token;

    Timings(ApiTimer api) {
        this.api = api;
    }

    List<String> header(long assets, long units, long rooms, long categories) {
        return List.of(String.format("PATRI-TECH asset list on PostgreSQL: %d assets, %d units, %d rooms, %d categories;"
                        + " %d runs each after a warm-up; ms", assets, units, rooms, categories, RUNS),
                "service = SQL + mapping in the JVM; http = the same through /api/v1 (JWT, JSON, Tomcat);"
                        + " sql/req = PostgreSQL execution time per HTTP request (pg_stat_statements"
                        + (api.sqlStatistics ? ")" : ": not available)"),
                String.format(ROW, "what", "svc p50", "svc p95", "http p50", "http p95", "sql/req", "goal p95"));
    }

    void use(ApiTimer.Caller caller) {
        this.caller = caller;
        this.token = api.token(caller);
    }

    /** -Dbenchmark.only=search measures only the scenarios whose name holds that text. */
    private static final String ONLY = System.getProperty("benchmark.only", "");

    /** The service call, and the HTTP request when {@code httpPath} is not null, each {@value #RUNS} times. */
    String time(String what, Supplier<?> service, String httpPath) {
        if (!what.contains(ONLY)) {
            return what + ": not measured in this run";
        }
        SystemUser.callAs(caller.principal(), service); // warm-up
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SystemUser.callAs(caller.principal(), service);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        if (httpPath == null) {
            return String.format(ROW, what, p(micros, 50), p(micros, 95), "-", "-", "-", "50");
        }
        token = api.token(caller); // tokens last 15 minutes
        api.get(httpPath, token);
        api.resetSql();
        long[] httpMicros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            api.get(httpPath, token);
            httpMicros[i] = (System.nanoTime() - start) / 1_000;
        }
        double sql = api.sqlMillis() / RUNS;
        return String.format(ROW, what, p(micros, 50), p(micros, 95), p(httpMicros, 50), p(httpMicros, 95),
                Double.isNaN(sql) ? "n/a" : String.format("%.1f", sql), "50");
    }

    /** {@code parallel} callers at once, each timed; goal: no slower than 2x one alone. */
    String concurrently(String what, int parallel, Supplier<?> service) throws Exception {
        if (!what.contains(ONLY)) {
            return what + ": not measured in this run";
        }
        SystemUser.callAs(caller.principal(), service);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            // A warm-up round at once first, as the alone figure has its warm-up: measured without it, right after
            // the JVM started, 8 dashboards at once varied from 1.6x to 3.7x one between runs (JIT still compiling).
            List<Future<?>> warmUp = new ArrayList<>();
            for (int i = 0; i < parallel * 3; i++) {
                warmUp.add(pool.submit(() -> SystemUser.callAs(caller.principal(), service)));
            }
            for (Future<?> call : warmUp) {
                call.get();
            }
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < parallel * 3; i++) {
                calls.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    SystemUser.callAs(caller.principal(), service);
                    micros.add((System.nanoTime() - start) / 1_000);
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        long[] all = micros.stream().mapToLong(Long::longValue).toArray();
        return String.format(ROW, what, p(all, 50), p(all, 95), "-", "-", "-", "2x one");
    }

    private static String p(long[] micros, int percentile) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("%.1f", sorted[(int) Math.ceil(sorted.length * percentile / 100.0) - 1] / 1000.0);
    }
}
