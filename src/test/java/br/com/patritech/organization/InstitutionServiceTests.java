package br.com.patritech.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.Installation;
import br.com.patritech.documents.PdfDocuments;
import br.com.patritech.documents.PrintedDocument;
import br.com.patritech.organization.InstitutionService.InstitutionForm;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** The institution an administrator saves heads every printed document; bad CNPJs and fake images are refused. */
@IntegrationTest
abstract class InstitutionServiceTests {

    @Autowired
    InstitutionService institution;

    @Autowired
    Installation installation;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    AppUser admin;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from institution_settings");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    @AfterEach
    void forget() {
        jdbc.update("delete from institution_settings"); // other tests print the environment's name
    }

    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private InstitutionService.InstitutionDetails save(long version, InstitutionForm form) {
        return SystemUser.callAs(admin, () -> institution.save(version, form));
    }

    @Test
    void whatAnAdministratorSavesHeadsEveryPrintedDocumentInsteadOfTheEnvironmentsName() throws Exception {
        String environmentName = installation.institutionName();
        var details = SystemUser.callAs(admin, () -> institution.details(environmentName));
        assertThat(details.version()).isEqualTo(-1);

        byte[] logo = png(120, 40);
        var saved = save(-1, new InstitutionForm("Prefeitura de São João", "11222333000181", logo));

        assertThat(saved.cnpj()).isEqualTo("11.222.333/0001-81");
        assertThat(saved.hasLogo()).isTrue();
        assertThat(installation.institutionName()).isEqualTo("Prefeitura de São João");
        assertThat(installation.cnpj()).isEqualTo("11.222.333/0001-81");
        assertThat(installation.logo()).isEqualTo(logo);
        byte[] pdf = PdfDocuments.render(new PrintedDocument(installation.institutionName(), "Guia", null,
                java.util.List.of(), java.util.List.of(), null, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), null, installation.cnpj(), installation.logo()));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains("Prefeitura de São João",
                    "CNPJ 11.222.333/0001-81");
            var resources = read.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anySatisfy(name -> assertThat(resources.getXObject(name))
                    .isInstanceOf(PDImageXObject.class));
        }

        var withoutLogo = SystemUser.callAs(admin, () -> institution.removeLogo(saved.version()));
        assertThat(withoutLogo.hasLogo()).isFalse();
        assertThat(installation.logo()).isNull();
        assertThatThrownBy(() -> save(saved.version(), new InstitutionForm("Outra", null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aWrongCnpjAndAnythingThatIsNotASmallPngOrJpegAreRefusedOnTheirField() throws Exception {
        assertRefused(new InstitutionForm("Instituto", "11.222.333/0001-82", null), "cnpj", "institution.cnpj.invalid");
        byte[] fakePng = Arrays.copyOf(png(10, 10), 8 + 40); // a PNG's signature, then not an image
        Arrays.fill(fakePng, 8, fakePng.length, (byte) 'x');
        assertRefused(new InstitutionForm("Instituto", null, fakePng), "logo", "institution.logo.not-image");
        assertRefused(new InstitutionForm("Instituto", null, "<svg onload=alert(1)>".getBytes()), "logo",
                "institution.logo.not-image");
        byte[] huge = new byte[LogoImages.MAX_BYTES + 1];
        System.arraycopy(png(1, 1), 0, huge, 0, 8);
        assertRefused(new InstitutionForm("Instituto", null, huge), "logo", "institution.logo.too-large");
        assertRefused(new InstitutionForm("Instituto", null, png(2500, 10)), "logo", "institution.logo.too-large-side");
        assertRefused(new InstitutionForm(" ", null, null), "name", "validation.required");
        assertThat(jdbc.queryForObject("select count(*) from institution_settings", Long.class)).isZero();
    }

    @Test
    void onlyAnAdministratorChangesTheInstitution() {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> institution.save(-1,
                new InstitutionForm("Instituto", null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemUser.callAs(auditor, () -> institution.mayEdit())).isFalse();
        assertThat(SystemUser.callAs(admin, () -> institution.mayEdit())).isTrue();
    }

    private void assertRefused(InstitutionForm form, String field, String key) {
        assertThatThrownBy(() -> save(-1, form)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getViolations()).anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                }));
    }
}
