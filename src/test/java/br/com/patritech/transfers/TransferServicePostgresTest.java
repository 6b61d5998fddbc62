package br.com.patritech.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class TransferServicePostgresTest extends TransferServiceTests {

    /** The receiver accepts while the sender cancels: one wins, the other is told, no asset is in two places. */
    @Test
    void acceptAndCancelAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            AssetDetails a = register(origin, "Bem A" + round, "10.00");
            AssetDetails b = register(origin, "Bem B" + round, "20.00");
            TransferDetails guide = send(sender, destination, a, b);
            List<Object> outcomes = race(
                    () -> SystemUser.callAs(receiver, () -> transfers.accept(guide.id(), guide.version(),
                            new AcceptTransfer(destination.roomA()))),
                    () -> SystemUser.callAs(sender, () -> transfers.cancel(guide.id(), guide.version())));
            assertThat(outcomes).filteredOn(TransferDetails.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ObjectOptimisticLockingFailureException.class::isInstance).hasSize(1);
            TransferDetails after = SystemUser.callAs(admin, () -> transfers.get(guide.id()));
            long expectedUnit = after.status() == TransferStatus.ACEITA ? destination.unitId() : origin.unitId();
            for (AssetDetails asset : List.of(a, b)) {
                AssetDetails now = asset(asset.id());
                assertThat(now.unitId()).isEqualTo(expectedUnit);
                assertThat(now.status()).isEqualTo(AssetStatus.ATIVO);
            }
        }
    }

    /**
     * Two people allowed in the destination decide the same guide at once, accept against accept and accept against
     * refuse: exactly one decision is recorded, the other is told the guide changed, and the asset is in one place.
     */
    @Test
    void twoReceiversDecidingAtOnceExactlyOneWins() throws Exception {
        AppUser colleague = gestorOf(destination);
        for (int round = 0; round < 6; round++) {
            AssetDetails asset = register(origin, "Bem D" + round, "30.00");
            TransferDetails guide = send(sender, destination, asset);
            boolean refuse = round % 2 == 1;
            List<Object> outcomes = race(
                    () -> SystemUser.callAs(receiver, () -> transfers.accept(guide.id(), guide.version(),
                            new AcceptTransfer(destination.roomA()))),
                    () -> SystemUser.callAs(colleague, () -> refuse
                            ? transfers.refuse(guide.id(), guide.version(), new RefuseTransfer("Sem espaço"))
                            : transfers.accept(guide.id(), guide.version(), new AcceptTransfer(destination.roomB()))));

            assertThat(outcomes).as("round %d", round).filteredOn(TransferDetails.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ObjectOptimisticLockingFailureException.class::isInstance).hasSize(1);
            TransferDetails winner = (TransferDetails) outcomes.stream().filter(TransferDetails.class::isInstance)
                    .findFirst().orElseThrow();
            TransferDetails after = SystemUser.callAs(admin, () -> transfers.get(guide.id()));
            assertThat(after.status()).isEqualTo(winner.status());
            assertThat(after.decidedBy()).isEqualTo(winner.decidedBy());
            AssetDetails now = asset(asset.id());
            assertThat(now.status()).isEqualTo(AssetStatus.ATIVO);
            if (after.status() == TransferStatus.ACEITA) {
                assertThat(now.unitId()).isEqualTo(destination.unitId());
                assertThat(after.destinationRoom()).isEqualTo(winner.destinationRoom());
                assertThat(now.roomId()).isEqualTo("Sala A".equals(winner.destinationRoom()) ? destination.roomA()
                        : destination.roomB());
            } else {
                assertThat(after.status()).isEqualTo(TransferStatus.RECUSADA);
                assertThat(now.unitId()).isEqualTo(origin.unitId());
            }
            List<AssetEventType> history = SystemUser.callAs(admin, () -> assets.history(asset.id())).stream()
                    .map(AssetHistoryEntry::type).toList();
            assertThat(history).filteredOn(t -> t == AssetEventType.TRANSFER_ACCEPTED
                    || t == AssetEventType.TRANSFER_REFUSED).hasSize(1);
        }
    }

    /** Two guides reaching for the same asset at once: one carries it, the other is refused and leaves nothing. */
    @Test
    void twoGuidesForTheSameAssetAtOnceOnlyOneIsCreated() throws Exception {
        for (int round = 0; round < 5; round++) {
            AssetDetails asset = register(origin, "Disputado " + round, "10.00");
            long guidesBefore = guidesInto(destination, third);
            List<Object> outcomes = race(() -> send(sender, destination, asset), () -> send(admin, third, asset));
            assertThat(outcomes).filteredOn(TransferDetails.class::isInstance).hasSize(1);
            TransferDetails winner = (TransferDetails) outcomes.stream().filter(TransferDetails.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(guidesInto(destination, third)).isEqualTo(guidesBefore + 1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof TransferDetails)).singleElement()
                    .isInstanceOfAny(ObjectOptimisticLockingFailureException.class,
                            br.com.patritech.base.DomainException.class);
            assertThat(asset(asset.id()).status()).isEqualTo(AssetStatus.EM_TRANSITO);
            SystemUser.callAs(admin, () -> transfers.cancel(winner.id(), winner.version()));
        }
    }

    private long guidesInto(br.com.patritech.assets.AssetFixtures.Place... places) {
        return SystemUser.callAs(admin, () -> java.util.Arrays.stream(places)
                .mapToLong(p -> transfers.count(TransferDirection.INCOMING, p.unitId())).sum());
    }

    @Test
    void concurrentCreationsGetDistinctNumbers() throws Exception {
        List<AssetDetails> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(register(origin, "Bem " + i, "1.00"));
        }
        List<Callable<Object>> creations = sent.stream().<Callable<Object>>map(asset -> () -> send(sender, destination,
                asset)).toList();
        List<Object> outcomes = race(creations.toArray(Callable[]::new));
        Set<String> numbers = new HashSet<>();
        outcomes.forEach(o -> numbers.add(((TransferDetails) o).number()));
        assertThat(numbers).hasSize(8);
    }

    /** Runs the actions at the same moment; each outcome is the result or the exception it threw. */
    @SafeVarargs
    private static List<Object> race(Callable<Object>... actions) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(actions.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> action : actions) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
