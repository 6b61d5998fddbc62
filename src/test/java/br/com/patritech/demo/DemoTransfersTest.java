package br.com.patritech.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.SystemUser;
import br.com.patritech.transfers.TransferDirection;
import br.com.patritech.transfers.TransferRow;
import br.com.patritech.transfers.TransferService;
import br.com.patritech.transfers.TransferStatus;
import br.com.patritech.support.IntegrationTest;

/** The demo shows both ends of a transfer: one guide accepted by the health unit, one waiting at the school. */
@IntegrationTest
class DemoTransfersTest {

    @Autowired
    TransferService transfers;

    @Autowired
    OrganizationService organization;

    @Test
    void oneGuideIsAcceptedAndOneWaitsForTheDemoGestorsSchool() {
        SystemUser.run(() -> {
            long health = unit("UBS-003");
            long school = unit("EMEF-002");
            assertThat(transfers.find(TransferDirection.INCOMING, health, 0, 10)).extracting(TransferRow::status)
                    .contains(TransferStatus.ACEITA);
            assertThat(transfers.find(TransferDirection.INCOMING, school, 0, 10)).extracting(TransferRow::status)
                    .contains(TransferStatus.PENDENTE);
        });
    }

    private long unit(String code) {
        return organization.visibleUnits().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }
}
