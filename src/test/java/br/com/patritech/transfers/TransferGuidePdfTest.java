package br.com.patritech.transfers;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** The printed guide, read back as a person would: tombos, units, total and status are in it. */
@IntegrationTest
class TransferGuidePdfTest {

    @Autowired
    TransferService transfers;

    @Autowired
    AssetService assets;

    @Autowired
    AssetFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Test
    void theGuideListsItsAssetsUnitsAndTotalInTheReadersLanguage() throws Exception {
        Place origin = fixtures.newUnit();
        Place destination = fixtures.newUnit();
        long category = fixtures.newCategory("PDF");
        AppUser admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        AssetDetails notebook = SystemUser.callAs(admin, () -> assets.create(form(category, origin, "Notebook Dell",
                "4899.90")));
        AssetDetails chair = SystemUser.callAs(admin, () -> assets.create(form(category, origin, "Cadeira giratória",
                "1234.56")));
        AppUser sender = testUsers.principal(Role.GESTOR, Set.of(origin.unitId()), EnumSet.of(Permission.ASSET_TRANSFER));
        TransferDetails guide = SystemUser.callAs(sender, () -> transfers.create(new NewTransfer(
                List.of(notebook.id(), chair.id()), destination.unitId(), "Nova escola", "Levar com cuidado")));

        String portuguese = text(SystemUser.callAs(sender, () -> transfers.pdf(guide.id(), Locale.forLanguageTag("pt-BR"))));
        assertThat(portuguese).contains("Guia de Transferência", guide.number(), notebook.tombo(), chair.tombo(),
                "Notebook Dell", "Cadeira giratória", origin.unitCode(), destination.unitCode(), "Nova escola",
                "Levar com cuidado", "R$ 6.134,46", "Pendente", "Remetente", "Recebedor");

        String english = text(SystemUser.callAs(admin, () -> transfers.pdf(guide.id(), Locale.ENGLISH)));
        assertThat(english).contains("Transfer Guide", "R$6,134.46", "Pending", "Sender", "Receiver");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(read);
        }
    }
}
