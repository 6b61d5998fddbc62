package br.com.patritech.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class AssetTotalsPostgresTest extends AssetTotalsTests {

    /** Writers sending, receiving and giving back assets at once between the same two units. */
    @Test
    void concurrentTransitStepsLeaveTheMaintainedTotalsEqualToARecomputation() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        int step = i;
                        AssetDetails asset = register(writer % 2 == 0 ? own : other, "Bem " + writer + "-" + i,
                                (200 + writer) + "." + (10 + i));
                        long to = writer % 2 == 0 ? other.unitId() : own.unitId();
                        inTransaction(() -> transit.send(List.of(asset.id()), to, admin, "GT-C-" + writer, null));
                        if (i % 2 == 0) {
                            inTransaction(() -> transit.arrive(asset.id(), to, null, admin, "GT-C-" + writer));
                        } else {
                            inTransaction(() -> transit.giveBack(asset.id(), step % 3 == 0, admin, "GT-C-" + writer, null));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertMaintainedTotalsMatchTheAssets();
    }

    /** Eight writers hitting the same few cells at once: no lost update, no deadlock. */
    @Test
    void concurrentChangesLeaveTheMaintainedTotalsEqualToARecomputation() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        AssetDetails asset = register(writer % 2 == 0 ? own : other, "Bem " + writer + "-" + i,
                                (100 + writer) + "." + (10 + i));
                        AssetDetails moved = SystemUser.callAs(admin, () -> assets.transfer(asset.id(),
                                asset.version(), new MoveRequest(writer % 2 == 0 ? own.unitId() : other.unitId(),
                                        writer % 2 == 0 ? own.roomB() : other.roomB(), null)));
                        if (i % 2 == 0) {
                            SystemUser.callAs(admin, () -> assets.writeOff(moved.id(), moved.version(),
                                    new WriteOffRequest(LocalDate.now(), WriteOffReason.SINISTRO, null, null)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertMaintainedTotalsMatchTheAssets();
    }
}
