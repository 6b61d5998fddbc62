package br.com.patritech.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.SystemUser;
import br.com.patritech.transfers.AcceptTransfer;
import br.com.patritech.transfers.NewTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferDirection;
import br.com.patritech.transfers.TransferService;

/**
 * Two transfer guides on top of {@link DemoAssets}: one from the Secretaria to the health unit, already accepted, and
 * one to the school, still pending, so the demo gestor (of EMEF-002) finds a guide waiting for them.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "patritech.demo-data", havingValue = "true")
class DemoTransfers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTransfers.class);

    private final TransferService transfers;
    private final AssetService assets;
    private final OrganizationService organization;

    DemoTransfers(TransferService transfers, AssetService assets, OrganizationService organization) {
        this.transfers = transfers;
        this.assets = assets;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (transfers.count(TransferDirection.INCOMING, null) > 0) {
                return;
            }
            List<UnitSummary> units = organization.visibleUnits();
            UnitSummary sede = unit(units, "SED-001");
            UnitSummary school = unit(units, "EMEF-002");
            UnitSummary health = unit(units, "UBS-003");
            if (sede == null || school == null || health == null) {
                return;
            }
            List<AssetRow> available = assets.find(AssetFilter.all().withUnit(sede.id()).withStatus(AssetStatus.ATIVO),
                    List.of(), 0, 3);
            if (available.size() < 3) {
                return;
            }
            TransferDetails accepted = transfers.create(new NewTransfer(List.of(available.get(0).id(),
                    available.get(1).id()), health.id(), "Reforço do atendimento na UBS",
                    "Conferir os números de série na chegada"));
            transfers.accept(accepted.id(), accepted.version(), new AcceptTransfer(null));
            TransferDetails pending = transfers.create(new NewTransfer(List.of(available.get(2).id()), school.id(),
                    "Equipar a nova sala de leitura", null));
            log.info("Demo data: transfer guides {} (accepted) and {} (pending).", accepted.number(), pending.number());
        });
    }

    private static UnitSummary unit(List<UnitSummary> units, String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
    }
}
