package br.com.patritech.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.Classification;
import br.com.patritech.assets.Conservation;
import br.com.patritech.assets.Origin;
import br.com.patritech.assets.MoveRequest;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.security.SystemUser;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/**
 * A few hundred assets with history (edits, transfers, write-offs) on top of {@link DemoData}, registered
 * through AssetService like a person would. Same seed every time, so every newcomer sees the same system.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "patritech.demo-data", havingValue = "true")
class DemoAssets implements ApplicationRunner {

    static final int COUNT = 240;
    private static final Logger log = LoggerFactory.getLogger(DemoAssets.class);
    private static final Map<String, List<String>> NAMES_BY_CATEGORY = Map.of(
            "Informática", List.of("Notebook Dell Latitude 5440", "Microcomputador Positivo Master", "Monitor LG 24 pol.",
                    "Impressora multifuncional HP LaserJet", "Projetor Epson PowerLite", "Switch TP-Link 24 portas"),
            "Mobiliário", List.of("Cadeira giratória com braços", "Mesa de escritório 1,20 m", "Armário de aço 2 portas",
                    "Estante de aço 6 prateleiras", "Carteira escolar", "Quadro branco 2 m"),
            "Eletrodomésticos", List.of("Geladeira Consul 340 L", "Bebedouro industrial", "Ar-condicionado split 12.000 BTUs",
                    "Ventilador de teto", "Micro-ondas Electrolux 31 L"),
            "Veículos", List.of("Fiat Strada 1.4", "Renault Master (ambulância)", "Motocicleta Honda CG 160"),
            "Equipamentos médicos", List.of("Esfigmomanômetro digital", "Autoclave 21 L", "Cadeira de rodas",
                    "Balança antropométrica", "Nebulizador ultrassônico"));
    private static final Map<String, int[]> VALUE_RANGE = Map.of("Informática", new int[] {900, 7500},
            "Mobiliário", new int[] {150, 1800}, "Eletrodomésticos", new int[] {400, 4200},
            "Veículos", new int[] {45000, 260000}, "Equipamentos médicos", new int[] {200, 18000});
    private static final String[] SUPPLIERS = {"Kalunga Comércio Ltda.", "Dell Computadores do Brasil",
        "Móveis Escolares Paraná", "Magazine Luiza S.A.", "Cirúrgica Brasil Ltda.", "Doação - Rotary Club"};

    private final AssetService assets;
    private final OrganizationService organization;
    private final CatalogService catalog;

    DemoAssets(AssetService assets, OrganizationService organization, CatalogService catalog) {
        this.assets = assets;
        this.organization = organization;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (assets.totals(AssetFilter.all()).count() > 0) {
                return;
            }
            Random random = new Random(2026);
            List<UnitSummary> units = organization.visibleUnits();
            List<CategorySummary> categories = catalog.categories();
            for (int i = 0; i < COUNT; i++) {
                AssetDetails asset = register(random, units, categories);
                if (i % 7 == 3) {
                    transfer(random, asset, units);
                } else if (i % 11 == 5) {
                    writeOff(random, asset);
                }
            }
            log.info("Demo data: registered {} assets with their history.", COUNT);
        });
    }

    private AssetDetails register(Random random, List<UnitSummary> units, List<CategorySummary> categories) {
        UnitSummary unit = units.get(random.nextInt(units.size()));
        CategorySummary category = categories.get(random.nextInt(categories.size()));
        List<String> names = NAMES_BY_CATEGORY.getOrDefault(category.name(), List.of("Bem diverso"));
        int[] range = VALUE_RANGE.getOrDefault(category.name(), new int[] {100, 1000});
        List<RoomSummary> rooms = organization.rooms(unit.id());
        AssetForm form = new AssetForm();
        form.setName(names.get(random.nextInt(names.size())));
        form.setSerialNumber(random.nextInt(4) == 0 ? null : "SN" + (100000 + random.nextInt(900000)));
        form.setCategoryId(category.id());
        form.setUnitId(unit.id());
        form.setRoomId(rooms.get(random.nextInt(rooms.size())).id());
        form.setAcquisitionValue(BigDecimal.valueOf(range[0] * 100L + random.nextInt((range[1] - range[0]) * 100), 2));
        form.setAcquisitionDate(LocalDate.now().minusDays(30 + random.nextInt(3000)));
        form.setSupplier(SUPPLIERS[random.nextInt(SUPPLIERS.length)]);
        form.setInvoiceNumber(String.valueOf(1000 + random.nextInt(90000)));
        form.setOrigin(form.getSupplier().startsWith("Doação") ? Origin.DOACAO : Origin.PROPRIO);
        form.setConservation(Conservation.values()[random.nextInt(Conservation.values().length)]);
        form.setClassification(random.nextInt(5) == 0 ? Classification.OCIOSO : Classification.EM_USO);
        return assets.create(form);
    }

    /** A move between rooms of the asset's unit (other units receive assets by transfer guide: DemoTransfers). */
    private void transfer(Random random, AssetDetails asset, List<UnitSummary> units) {
        List<RoomSummary> rooms = organization.rooms(asset.unitId());
        RoomSummary room = rooms.stream().filter(r -> !Long.valueOf(r.id()).equals(asset.roomId())).findFirst().orElseThrow();
        assets.transfer(asset.id(), asset.version(), new MoveRequest(asset.unitId(), room.id(),
                "Remanejamento para atender à demanda da unidade"));
    }

    private void writeOff(Random random, AssetDetails asset) {
        WriteOffReason reason = random.nextBoolean() ? WriteOffReason.INUTILIZACAO_ABANDONO : WriteOffReason.EXTRAVIO_PERDA;
        assets.writeOff(asset.id(), asset.version(), new WriteOffRequest(LocalDate.now().minusDays(random.nextInt(20)),
                reason, "23000." + (100000 + random.nextInt(900000)) + "/2026-11", "Conforme laudo da comissão de inventário"));
    }
}
