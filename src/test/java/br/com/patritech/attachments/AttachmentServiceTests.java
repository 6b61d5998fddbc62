package br.com.patritech.attachments;

import static br.com.patritech.assets.AssetFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Photos and documents on assets: bad files, scope, permissions, history, restore and purge; H2 and PostgreSQL. */
@IntegrationTest
abstract class AttachmentServiceTests {

    @Autowired AttachmentService attachments;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired JdbcTemplate jdbc;

    Place own;
    Place other;
    AppUser admin;
    AppUser editor;
    AppUser viewer;
    AppUser outsider;
    AssetDetails asset;

    @BeforeEach
    void setUp() {
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        long category = fixtures.newCategory("AN");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        editor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_EDIT));
        viewer = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_TRANSFER));
        outsider = testUsers.principal(Role.GESTOR, Set.of(other.unitId()), EnumSet.allOf(Permission.class));
        asset = SystemUser.callAs(admin, () -> assets.create(form(category, own, "Projetor", "2500.00")));
    }

    private AttachmentSummary add(AppUser user, String name, byte[] content) {
        return SystemUser.callAs(user, () -> attachments.add(asset.id(), name, null, new ByteArrayInputStream(content)));
    }

    @Test
    void aPhotoIsStoredReEncodedWithAThumbnailAndWithoutItsGpsPosition() throws Exception {
        byte[] camera = TestFiles.jpegWithGps();
        assertThat(new String(camera, StandardCharsets.ISO_8859_1)).contains("Exif").contains(TestFiles.GPS_MARKER);

        AttachmentSummary photo = add(editor, "IMG_0001.JPG", camera);

        assertThat(photo.kind()).isEqualTo(AttachmentKind.PHOTO);
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(List.of(photo.width(), photo.height())).containsExactly(640, 480);
        AttachmentFile stored = SystemUser.callAs(viewer, () -> attachments.download(photo.id()));
        String storedText = new String(stored.content(), StandardCharsets.ISO_8859_1);
        assertThat(storedText).doesNotContain("Exif").doesNotContain(TestFiles.GPS_MARKER);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored.content())).getWidth()).isEqualTo(640);
        byte[] thumbnail = SystemUser.callAs(viewer, () -> attachments.thumbnail(photo.id())).orElseThrow();
        var small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(ImageRecoder.THUMBNAIL_SIDE);
    }

    @Test
    void aPortraitPhotoFromAPhoneIsTurnedAsTheCameraMeantIt() throws Exception {
        AttachmentSummary photo = add(editor, "retrato.jpg", TestFiles.jpegWithOrientation(6));

        assertThat(List.of(photo.width(), photo.height())).containsExactly(480, 640);
        var stored = ImageIO.read(new ByteArrayInputStream(
                SystemUser.callAs(viewer, () -> attachments.download(photo.id())).content()));
        assertThat(new java.awt.Color(stored.getRGB(470, 10)).getRed()).as("red corner now top-right").isGreaterThan(200);
        assertThat(new java.awt.Color(stored.getRGB(470, 10)).getGreen()).isLessThan(60);
        assertThat(new java.awt.Color(stored.getRGB(10, 10)).getGreen()).as("top-left now white").isGreaterThan(200);
    }

    @Test
    void pngAndWebpPhotosAndPdfDocumentsAreAccepted() {
        AttachmentSummary png = add(editor, "planta.png", TestFiles.png(300, 200));
        AttachmentSummary webp = add(editor, "foto.webp", TestFiles.webp());
        AttachmentSummary pdf = add(editor, "nota fiscal 123.pdf", TestFiles.pdf());

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(webp.kind()).isEqualTo(AttachmentKind.PHOTO);
        assertThat(webp.fileName()).isEqualTo("foto.png"); // the 1×1 WebP is transparent: stored as PNG
        assertThat(pdf.kind()).isEqualTo(AttachmentKind.DOCUMENT);
        assertThat(SystemUser.callAs(viewer, () -> attachments.download(pdf.id())).content()).isEqualTo(TestFiles.pdf());
        assertThat(SystemUser.callAs(viewer, () -> attachments.list(asset.id())))
                .extracting(AttachmentSummary::fileName).containsExactly("nota fiscal 123.pdf", "foto.png", "planta.png");
    }

    @Test
    void aFileIsJudgedByItsContentNotByItsName() {
        assertThatThrownBy(() -> add(editor, "foto.jpg", TestFiles.pdf()))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AttachmentRefusedException.Reason.WRONG_TYPE);
                    assertThat(e.getMessageKey()).isEqualTo("attachments.type.mismatch");
                });
        assertThatThrownBy(() -> add(editor, "planilha.pdf", "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("attachments.type.unsupported"));
        byte[] broken = java.util.Arrays.copyOf(TestFiles.png(300, 200), 60); // a PNG header, then nothing
        assertThatThrownBy(() -> add(editor, "quebrada.png", broken))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("attachments.image.unreadable"));
        AttachmentSummary unnamed = add(editor, "documento", TestFiles.pdf());
        assertThat(unnamed.fileName()).isEqualTo("documento.pdf");
        assertThat(SystemUser.callAs(viewer, () -> attachments.list(asset.id()))).hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileReadingIt() {
        long limit = attachments.maxBytes();
        assertThatThrownBy(() -> SystemUser.callAs(editor, () -> attachments.add(asset.id(), "grande.pdf", null,
                TestFiles.pdfOfSize(limit + 1))))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentRefusedException.Reason.TOO_LARGE));
        assertThat(SystemUser.callAs(viewer, () -> attachments.list(asset.id()))).isEmpty();
    }

    @Test
    void whoSeesTheAssetSeesItsFilesAndOnlyTheEditFlagChangesThem() {
        AttachmentSummary pdf = add(editor, "laudo.pdf", TestFiles.pdf());

        assertThat(SystemUser.callAs(viewer, () -> attachments.list(asset.id()))).hasSize(1);
        assertThatThrownBy(() -> add(viewer, "outro.pdf", TestFiles.pdf())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(viewer, () -> {
            attachments.delete(pdf.id(), pdf.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(outsider, () -> attachments.list(asset.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(outsider, () -> attachments.download(pdf.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> add(outsider, "intruso.pdf", TestFiles.pdf())).isInstanceOf(NotFoundException.class);
        var auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThat(SystemUser.callAs(auditor, () -> attachments.download(pdf.id())).content()).isEqualTo(TestFiles.pdf());
        assertThatThrownBy(() -> add(auditor, "auditor.pdf", TestFiles.pdf())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWrittenOffAssetKeepsItsFilesReadOnly() {
        AttachmentSummary pdf = add(editor, "nota.pdf", TestFiles.pdf());
        SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.VENDA, null, null)));

        assertThat(SystemUser.callAs(editor, () -> attachments.download(pdf.id())).content()).isEqualTo(TestFiles.pdf());
        assertThatThrownBy(() -> add(admin, "depois.pdf", TestFiles.pdf()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("attachments.asset.written-off"));
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> {
            attachments.delete(pdf.id(), pdf.version());
            return null;
        })).isInstanceOf(DomainException.class);
    }

    @Test
    void aDeletionIsInTheHistoryAndAnAdministratorRestoresTheFileWithin30Days() {
        AttachmentSummary photo = add(editor, "frente.jpg", TestFiles.jpegWithGps());
        SystemUser.callAs(editor, () -> {
            attachments.delete(photo.id(), photo.version());
            return null;
        });

        assertThat(SystemUser.callAs(editor, () -> attachments.list(asset.id()))).isEmpty();
        assertThatThrownBy(() -> SystemUser.callAs(editor, () -> attachments.download(photo.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(editor, () -> attachments.deleted(asset.id())))
                .isInstanceOf(AccessDeniedException.class);
        List<AttachmentSummary> deleted = SystemUser.callAs(admin, () -> attachments.deleted(asset.id()));
        assertThat(deleted).singleElement().satisfies(d -> {
            assertThat(d.deletedBy()).isEqualTo(editor.name());
            assertThat(d.purgeAfter()).isEqualTo(d.deletedAt().plus(AttachmentService.KEPT_AFTER_DELETE));
        });
        assertThatThrownBy(() -> SystemUser.callAs(editor, () -> attachments.restore(photo.id(), deleted.get(0).version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> attachments.restore(photo.id(), photo.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        SystemUser.callAs(admin, () -> attachments.restore(photo.id(), deleted.get(0).version()));

        assertThat(SystemUser.callAs(editor, () -> attachments.list(asset.id())))
                .extracting(AttachmentSummary::fileName).containsExactly("frente.jpg");
        List<AssetHistoryEntry> history = SystemUser.callAs(editor, () -> assets.history(asset.id()));
        assertThat(history).extracting(AssetHistoryEntry::type).contains(AssetEventType.ATTACHMENT_ADDED,
                AssetEventType.ATTACHMENT_REMOVED, AssetEventType.ATTACHMENT_RESTORED);
        assertThat(history).filteredOn(h -> h.type() == AssetEventType.ATTACHMENT_REMOVED).singleElement()
                .satisfies(h -> assertThat(h.actorName()).isEqualTo(editor.name()));
    }

    @Test
    void thePurgeRemovesForGoodOnlyWhatWasDeletedMoreThan30DaysAgo() {
        AttachmentSummary old = add(editor, "antigo.pdf", TestFiles.pdf());
        AttachmentSummary recent = add(editor, "recente.pdf", TestFiles.pdf());
        SystemUser.callAs(editor, () -> {
            attachments.delete(old.id(), old.version());
            attachments.delete(recent.id(), recent.version());
            return null;
        });
        jdbc.update("update asset_attachments set deleted_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))), old.id());

        attachments.purgeExpired();

        assertThat(SystemUser.callAs(admin, () -> attachments.deleted(asset.id())))
                .extracting(AttachmentSummary::fileName).containsExactly("recente.pdf");
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> attachments.restore(old.id(), 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from asset_attachment_contents where attachment_id = ?",
                Integer.class, old.id())).isZero();
    }

    @Test
    void theListGetsTheNewestPhotoOfEachAssetOfAPageInOneCallWithinScope() {
        add(editor, "primeira.png", TestFiles.png(50, 50));
        AttachmentSummary newest = add(editor, "segunda.png", TestFiles.png(50, 50));
        add(editor, "nota.pdf", TestFiles.pdf());

        assertThat(SystemUser.callAs(viewer, () -> attachments.photosOf(List.of(asset.id(), -1L))))
                .containsExactly(java.util.Map.entry(asset.id(), newest.id()));
        assertThat(SystemUser.callAs(outsider, () -> attachments.photosOf(List.of(asset.id())))).isEmpty();
    }
}
