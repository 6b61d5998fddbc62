package br.com.patritech.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetTransit;
import br.com.patritech.assets.Conservation;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.inventory.InventoryFixtures.World;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;

/** Campaigns, the freeze, reads (concurrent ones too) and scoping; run on H2 and on PostgreSQL. */
@IntegrationTest
abstract class InventoryServiceTests {

    @Autowired
    AssetTransit transit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    InventoryService inventory;

    @Autowired
    CountingService counting;

    @Autowired
    AssetService assets;

    @Autowired
    InventoryFixtures fixtures;

    @Autowired
    LabelService labels;

    @Autowired
    InventoryReport report;

    @Autowired
    InventorySql sql;

    @Autowired
    br.com.patritech.base.Installation installation;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    @Test
    void whileOpenMovesAndWriteOffsAreRefusedNamingTheCampaignButEditsPass() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        var asset = w.inA();
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(w.own().unitId(), w.own().roomB(), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("inventory.freeze");
                    assertThat(e.getArgs()).containsExactly(campaign.name());
                });
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.EXTRAVIO_PERDA, null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getArgs()).containsExactly(campaign.name()));
        // sending an asset of another unit INTO the counted unit (a transfer guide) is refused too
        var outside = w.elsewhere();
        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> transit.send(List.of(outside.id()),
                w.own().unitId(), w.admin(), "GT-FREEZE", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessageKey()).isEqualTo("inventory.freeze"));
        AssetForm edit = AssetForm.of(asset);
        edit.setName("Mesa de reunião");
        assertThat(SystemUser.callAs(w.gestor(), () -> assets.update(asset.id(), asset.version(), edit)).name())
                .isEqualTo("Mesa de reunião");
    }

    @Test
    void anAssetSentBeforeTheCampaignOpenedDoesNotArriveInTheCountedUnitUntilItCloses() {
        var outside = w.elsewhere();
        transaction.executeWithoutResult(t -> transit.send(List.of(outside.id()), w.own().unitId(), w.admin(),
                "GT-BEFORE", null));
        CampaignSummary campaign = fixtures.open(w.admin(), w.own(), w.gestor());

        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> transit.arrive(outside.id(), w.own().unitId(),
                w.own().roomA(), w.admin(), "GT-BEFORE")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("inventory.freeze");
                    assertThat(e.getArgs()).containsExactly(campaign.name());
                });
        // the sender may still take it back: it never left its own unit
        transaction.executeWithoutResult(t -> transit.giveBack(outside.id(), false, w.admin(), "GT-BEFORE", null));
    }

    @Test
    void closingLiftsTheFreeze() {
        CampaignSummary campaign = fixtures.open(w.admin(), w.own(), w.gestor());
        CampaignSummary closed = SystemUser.callAs(w.gestor(), () -> inventory.close(campaign.id(), campaign.version()));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        var asset = w.inA();
        var moved = SystemUser.callAs(w.gestor(), () -> assets.transfer(asset.id(), asset.version(),
                new MoveRequest(w.own().unitId(), w.own().roomB(), null)));
        assertThat(moved.roomId()).isEqualTo(w.own().roomB());
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> counting.read(campaign.id(), w.own().roomA(),
                w.inB().tombo()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("inventory.campaign.closed"));
    }

    @Test
    void eachReadAnswersWhatItFoundAndTheProgressAddsUp() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        long id = campaign.id();
        long roomA = w.own().roomA();
        ReadAnswer found = read(id, roomA, w.inA().tombo());
        assertThat(found.result()).isEqualTo(ReadResult.FOUND);
        assertThat(found.repeated()).isFalse();
        ReadAnswer misplaced = read(id, roomA, "https://patrimonio.example/t/" + w.inB().tombo().toLowerCase());
        assertThat(misplaced.result()).isEqualTo(ReadResult.MISPLACED);
        assertThat(misplaced.belongsToRoom()).isEqualTo("Sala B");
        ReadAnswer foreign = read(id, roomA, w.elsewhere().tombo());
        assertThat(foreign.result()).isEqualTo(ReadResult.OTHER_UNIT);
        assertThat(foreign.belongsToUnit()).as("the gestor cannot see that unit").isNull();
        assertThat(read(id, roomA, w.writtenOff().tombo()).result()).isEqualTo(ReadResult.WRITTEN_OFF);
        assertThat(read(id, roomA, "NAO-EXISTE-1").result()).isEqualTo(ReadResult.UNKNOWN);
        var progress = SystemUser.callAs(w.gestor(), () -> inventory.progress(id));
        assertThat(progress).extracting(ProgressRow::roomName, ProgressRow::expected, ProgressRow::found,
                        ProgressRow::misplaced, ProgressRow::missing)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Sala A", 1L, 1L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Sala B", 1L, 0L, 1L, 0L));
        assertThat(ProgressRow.total(progress).foundValue()).isEqualByComparingTo(new BigDecimal("500.00"));
        assertThat(ProgressRow.total(progress).misplacedValue()).isEqualByComparingTo(new BigDecimal("120.50"));
    }

    @Test
    void readingTheSameLabelTwiceChangesNothing() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        ReadAnswer first = read(campaign.id(), w.own().roomA(), w.inA().tombo());
        ReadAnswer again = read(campaign.id(), w.own().roomB(), w.inA().tombo());
        assertThat(again.repeated()).isTrue();
        assertThat(again.result()).isEqualTo(ReadResult.FOUND);
        assertThat(again.readInRoom()).endsWith("Sala A");
        assertThat(again.readAt()).isEqualTo(first.readAt());
        var progress = SystemUser.callAs(w.gestor(), () -> inventory.progress(campaign.id()));
        assertThat(ProgressRow.total(progress).found()).isEqualTo(1);
        assertThat(ProgressRow.total(progress).misplaced()).isZero();
    }

    @Test
    void aGestorOpensAndCountsOnlyInTheirUnitsAndAnAuditorOnlyReads() {
        assertThatThrownBy(() -> fixtures.open(w.gestor(), w.other(), w.gestor())).isInstanceOf(NotFoundException.class);
        CampaignSummary otherCampaign = fixtures.open(w.admin(), w.other(), w.admin());
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> inventory.get(otherCampaign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> read(otherCampaign.id(), w.other().roomA(), w.elsewhere().tombo()))
                .isInstanceOf(NotFoundException.class);
        CampaignSummary own = fixtures.open(w.gestor(), w.own(), w.gestor());
        assertThatThrownBy(() -> read(own.id(), w.other().roomA(), w.elsewhere().tombo()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.open(w.auditor(), w.own(), w.gestor())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(w.auditor(), () -> counting.read(own.id(), w.own().roomA(),
                w.inA().tombo()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(w.auditor(), () -> inventory.close(own.id(), own.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemUser.callAs(w.auditor(), () -> inventory.progress(own.id()))).hasSize(2);
        assertThat(SystemUser.callAs(w.auditor(), () -> inventory.get(own.id())).mayCount()).isFalse();
    }

    @Test
    void aUnitIsCountedByOneOpenCampaignAtATime() {
        fixtures.open(w.admin(), w.own(), w.gestor());
        assertThatThrownBy(() -> fixtures.open(w.admin(), w.own(), w.gestor()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("inventory.unit.already-counting"));
    }

    @Test
    void conservationIsUpdatedWhileCountingAndUnknownItemsAreNoted() {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        ReadAnswer read = read(campaign.id(), w.own().roomA(), w.inA().tombo());
        var updated = SystemUser.callAs(w.gestor(), () -> counting.updateConservation(read.assetId(), read.assetVersion(),
                Conservation.RUIM));
        assertThat(updated.conservation()).isEqualTo(Conservation.RUIM);
        SystemUser.callAs(w.gestor(), () -> {
            counting.noteUnknown(campaign.id(), w.own().roomB(), "Armário cinza sem etiqueta");
            return null;
        });
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> {
            counting.noteUnknown(campaign.id(), w.own().roomB(), " ");
            return null;
        })).isInstanceOf(DomainException.class);
    }

    @Test
    void labelsOfARoomCarryEachAssetsLinkAndOnlyTheUnitsTheUserSees() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        int printed = SystemUser.callAs(w.gestor(), () -> labels.write(new LabelRequest(null, null, w.own().roomA(),
                br.com.patritech.documents.LabelLayout.A4_3X10, 1), out));
        assertThat(printed).as("the written-off monitor gets none").isEqualTo(1);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            var page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 200);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page)));
            var decoded = java.util.Arrays.stream(new com.google.zxing.multi.GenericMultipleBarcodeReader(
                    new com.google.zxing.MultiFormatReader()).decodeMultiple(bitmap)).map(com.google.zxing.Result::getText).toList();
            assertThat(decoded).containsExactly(installation.link("/t/" + w.inA().tombo()));
        }
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> labels.write(new LabelRequest(null,
                w.other().unitId(), null, null, 1), new java.io.ByteArrayOutputStream())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> labels.write(new LabelRequest(
                Set.of(w.inA().id()), null, null, br.com.patritech.documents.LabelLayout.A4_2X7, 15),
                new java.io.ByteArrayOutputStream()))).isInstanceOf(DomainException.class);
    }

    @Test
    void labelsForTheListsFilterCarryEveryListedAssetInTheListsOrderButNoWrittenOffOnes() throws Exception {
        var filter = br.com.patritech.assets.AssetFilter.all().withUnit(w.own().unitId());
        var sort = List.of(new br.com.patritech.assets.AssetSort(br.com.patritech.assets.AssetSortKey.NAME, true));
        var out = new java.io.ByteArrayOutputStream();
        int printed = SystemUser.callAs(w.gestor(), () -> labels.writeFiltered(filter, sort,
                br.com.patritech.documents.LabelLayout.A4_3X10, 2, out));
        assertThat(printed).as("Cadeira and Mesa; the written-off Monitor gets none").isEqualTo(2);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            var page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 200);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page)));
            var decoded = java.util.Arrays.stream(new com.google.zxing.multi.GenericMultipleBarcodeReader(
                    new com.google.zxing.MultiFormatReader()).decodeMultiple(bitmap)).map(com.google.zxing.Result::getText).toList();
            assertThat(decoded).containsExactlyInAnyOrder(installation.link("/t/" + w.inA().tombo()),
                    installation.link("/t/" + w.inB().tombo()));
        }
        var otherUnit = br.com.patritech.assets.AssetFilter.all().withUnit(w.other().unitId());
        assertThat(SystemUser.callAs(w.gestor(), () -> labels.writeFiltered(otherUnit, sort,
                br.com.patritech.documents.LabelLayout.A4_3X10, 1, new java.io.ByteArrayOutputStream())))
                .as("outside the gestor's units the list is empty").isZero();
        assertThatThrownBy(() -> SystemUser.callAs(w.gestor(), () -> labels.writeFiltered(filter, sort,
                br.com.patritech.documents.LabelLayout.A4_2X7, 15, new java.io.ByteArrayOutputStream())))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theReportListsFoundMisplacedMissingAndUnknownWithTheCommitteesSignatures() throws Exception {
        CampaignSummary campaign = fixtures.open(w.gestor(), w.own(), w.gestor());
        read(campaign.id(), w.own().roomB(), w.inA().tombo());
        read(campaign.id(), w.own().roomA(), "SEM-CADASTRO-1");
        read(campaign.id(), w.own().roomA(), w.elsewhere().tombo());
        SystemUser.callAs(w.gestor(), () -> {
            counting.noteUnknown(campaign.id(), w.own().roomA(), "Mesa sem etiqueta");
            return inventory.close(campaign.id(), campaign.version());
        });
        var pdf = new java.io.ByteArrayOutputStream();
        SystemUser.callAs(w.gestor(), () -> {
            report.pdf(campaign.id(), java.util.Locale.forLanguageTag("pt-BR"), pdf);
            return null;
        });
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            assertThat(text).contains("Relatório de Inventário", "Bens não localizados (1)", w.inB().tombo(),
                    "Bens encontrados em outro local (1)", w.inA().tombo(), "CADASTRO-1", "Mesa sem etiqueta",
                    "Bens de outras unidades, baixados ou desconhecidos (2)", w.elsewhere().tombo(),
                    "Membro da comissão de inventário", w.gestor().name(), "Encerrada");
            // each list's value under it: the missing chair, the misplaced table, the projector of the other unit
            assertThat(text.replace('\u00a0', ' ')).contains("R$ 120,50", "R$ 500,00", "R$ 3.000,00");
        }
        var csv = new java.io.StringWriter();
        SystemUser.callAs(w.auditor(), () -> {
            report.csv(campaign.id(), java.util.Locale.ENGLISH, csv);
            return null;
        });
        assertThat(csv.toString().lines()).hasSize(6)
                .anySatisfy(line -> assertThat(line).contains("Elsewhere;" + w.inA().tombo()))
                .anySatisfy(line -> assertThat(line).contains(w.elsewhere().tombo() + ";Projetor;"))
                .anySatisfy(line -> assertThat(line).contains("Not located;" + w.inB().tombo()));
    }

    @Test
    void theDemoHasACampaignInProgressWithReadsAndMissingAssets() {
        var demo = SystemUser.callAs(w.admin(), () -> inventory.list()).stream()
                .filter(c -> c.units().stream().anyMatch(u -> u.label().startsWith("UBS-003"))).findFirst().orElseThrow();
        assertThat(demo.status()).isEqualTo(CampaignStatus.OPEN);
        ProgressRow total = ProgressRow.total(SystemUser.callAs(w.admin(), () -> inventory.progress(demo.id())));
        assertThat(total.found()).isPositive();
        assertThat(total.missing()).isPositive();
    }

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
    private ReadAnswer read(long campaign, long room, String code) {
        return SystemUser.callAs(w.gestor(), () -> counting.read(campaign, room, code));
    }
}
