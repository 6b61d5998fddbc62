package br.com.patritech.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.security.SystemUser;
import br.com.patritech.support.OnPostgres;

@OnPostgres
class InventoryServicePostgresTest extends InventoryServiceTests {

    @Autowired
    InventorySql sql;

    /** Six counters read the same three labels at the same moment: three reads stored, none lost, none doubled. */
    @Test
    void concurrentCountersLoseAndDoubleNothing() throws Exception {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        List<String> tombos = List.of(w.inA().tombo(), w.inB().tombo(), "SEM-CADASTRO-9");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<ReadAnswer>>> counters = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                Callable<List<ReadAnswer>> counter = () -> {
                    start.await();
                    return SystemUser.callAs(w.gestor(), () -> tombos.stream()
                            .map(t -> counting.read(campaign.id(), w.own().roomA(), t)).toList());
                };
                counters.add(pool.submit(counter));
            }
            start.countDown();
            List<ReadAnswer> answers = new ArrayList<>();
            for (Future<List<ReadAnswer>> counter : counters) {
                answers.addAll(counter.get());
            }
            assertThat(sql.readCount(campaign.id())).isEqualTo(3);
            assertThat(answers.stream().filter(a -> !a.repeated()).map(ReadAnswer::tombo).toList())
                    .containsExactlyInAnyOrderElementsOf(tombos);
            assertThat(answers.stream().map(ReadAnswer::result).collect(java.util.stream.Collectors.toSet()))
                    .isEqualTo(Set.of(ReadResult.FOUND, ReadResult.MISPLACED, ReadResult.UNKNOWN));
        } finally {
            pool.shutdownNow();
        }
    }
}
