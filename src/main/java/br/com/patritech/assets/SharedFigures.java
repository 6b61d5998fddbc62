package br.com.patritech.assets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import br.com.patritech.security.UnitScope;

/**
 * One computation of the dashboard figures shared by the callers of the same scope who ask while it runs (the
 * Monday-morning rush: many people land on the dashboard at once, and on two cores eight separate computations take
 * four times as long each). A caller joins a computation only if no asset change committed on this instance since it
 * began, so nobody misses a change they made themselves; it is the answer they would have had a few ms earlier.
 * Decision 0020.
 */
@Component
class SharedFigures {

    private record Flight(long changesAtStart, CompletableFuture<AssetStatistics.Figures> result) {
    }

    private final ConcurrentHashMap<UnitScope, Flight> flights = new ConcurrentHashMap<>();
    private final AtomicLong committedChanges = new AtomicLong();

    AssetStatistics.Figures get(UnitScope scope, Supplier<AssetStatistics.Figures> compute) {
        long seen = committedChanges.get();
        Flight mine = new Flight(seen, new CompletableFuture<>());
        Flight flight = flights.compute(scope,
                (key, running) -> running != null && running.changesAtStart() == seen ? running : mine);
        if (flight != mine) {
            try {
                return flight.result().join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // the computation we joined failed: compute our own below, so its error reaches us if it recurs
            }
        }
        try {
            AssetStatistics.Figures figures = compute.get();
            mine.result().complete(figures);
            return figures;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(scope, mine);
        }
    }

    /** Called by every change of the totals, inside its transaction: counts it once it has committed. */
    void changing() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committedChanges.incrementAndGet();
                }
            });
        } else {
            committedChanges.incrementAndGet();
        }
    }
}
