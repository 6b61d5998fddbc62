package br.com.patritech.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import br.com.patritech.security.UnitScope;

/** Dashboards asked at the same moment share one computation, but never one begun before a change they follow. */
class SharedFiguresTest {

    private final SharedFigures shared = new SharedFigures();
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void callersOfTheSameScopeWhileItRunsShareOneComputationOthersComputeTheirOwn() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<AssetStatistics.Figures> first = pool.submit(() -> shared.get(UnitScope.all(), () -> {
                running.countDown();
                await(release);
                return figures(1);
            }));
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            var joiner = new java.util.concurrent.atomic.AtomicReference<Thread>();
            Future<AssetStatistics.Figures> joined = pool.submit(() -> {
                joiner.set(Thread.currentThread());
                return shared.get(UnitScope.all(), () -> figures(2));
            });
            waitUntilParked(joiner);
            Future<AssetStatistics.Figures> otherScope = pool.submit(() -> shared.get(UnitScope.of(Set.of(7L)),
                    () -> figures(3)));
            assertThat(otherScope.get(5, TimeUnit.SECONDS).totalAssets()).isEqualTo(3);
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS).totalAssets()).isEqualTo(1);
            assertThat(joined.get(5, TimeUnit.SECONDS).totalAssets()).isEqualTo(1);
            assertThat(computations).hasValue(2); // the scope-wide one once, the other unit's once
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCallerAfterACommittedChangeDoesNotJoinAComputationBegunBeforeIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<AssetStatistics.Figures> before = pool.submit(() -> shared.get(UnitScope.all(), () -> {
                running.countDown();
                await(release);
                return figures(1);
            }));
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            shared.changing(); // outside a transaction: counts at once, as a commit would

            assertThat(shared.get(UnitScope.all(), () -> figures(2)).totalAssets()).isEqualTo(2);
            release.countDown();
            assertThat(before.get(5, TimeUnit.SECONDS).totalAssets()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotHandedToTheNextCaller() {
        try {
            shared.get(UnitScope.all(), () -> {
                throw new IllegalStateException("database down");
            });
        } catch (IllegalStateException expected) {
            // the caller sees its error
        }
        assertThat(shared.get(UnitScope.all(), () -> figures(5)).totalAssets()).isEqualTo(5);
    }

    private AssetStatistics.Figures figures(long total) {
        computations.incrementAndGet();
        return new AssetStatistics.Figures(total, total, BigDecimal.ZERO, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** The joining caller is parked on the running computation's result. */
    private static void waitUntilParked(java.util.concurrent.atomic.AtomicReference<Thread> thread)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((thread.get() == null || thread.get().getState() != Thread.State.WAITING) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
