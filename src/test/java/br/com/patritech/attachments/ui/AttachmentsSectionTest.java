package br.com.patritech.attachments.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.attachments.AttachmentService;
import br.com.patritech.attachments.AttachmentSummary;
import br.com.patritech.attachments.TestFiles;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.KaribuTest;

/** The asset page's photos and documents: upload, gallery, documents list, delete, restore, read-only states. */
class AttachmentsSectionTest extends KaribuTest {

    @Autowired AssetFixtures fixtures;
    @Autowired AssetService assets;
    @Autowired AttachmentService attachments;

    AppUser admin;
    AppUser editor;
    AppUser viewer;
    AssetDetails asset;

    @BeforeEach
    void setUp() {
        var place = fixtures.newUnit();
        long category = fixtures.newCategory("FT");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        editor = testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_EDIT));
        viewer = testUsers.principal(Role.GESTOR, Set.of(place.unitId()), EnumSet.of(Permission.ASSET_TRANSFER));
        asset = SystemUser.callAs(admin, () -> assets.create(AssetFixtures.form(category, place, "Geladeira", "1800.00")));
    }

    private void open(AppUser user) {
        login(user);
        UI.getCurrent().navigate("bens/" + asset.id());
    }

    @Test
    void anEditorAttachesAPhotoAndAPdfAndSeesTheThumbnailAndTheDocument() {
        open(editor);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("attachments-none")).getText())
                .isEqualTo("Nenhuma foto ou documento.");

        UploadKt._upload(_get(Upload.class, s -> s.withId("attachment-camera")), "IMG_2031.jpg", "image/jpeg",
                TestFiles.jpegWithGps());
        UploadKt._upload(_get(Upload.class, s -> s.withId("attachment-upload")), "nota fiscal.pdf", "application/pdf",
                TestFiles.pdf());

        List<AttachmentSummary> stored = SystemUser.callAs(editor, () -> attachments.list(asset.id()));
        assertThat(stored).extracting(AttachmentSummary::fileName).containsExactly("nota fiscal.pdf", "IMG_2031.jpg");
        Image thumbnail = _get(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("attachments-gallery")),
                Image.class);
        assertThat(thumbnail.getSrc()).isEqualTo("anexos/" + stored.get(1).id() + "/miniatura");
        Anchor document = _get(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                s -> s.withId("attachments-documents")), Anchor.class);
        assertThat(document.getText()).isEqualTo("nota fiscal.pdf");
        assertThat(document.getHref()).isEqualTo("anexos/" + stored.get(0).id());
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("Arquivo anexado: nota fiscal.pdf"));
    }

    @Test
    void aPdfNamedJpgIsRefusedWithASentenceAndNothingIsStored() {
        open(editor);

        UploadKt._upload(_get(Upload.class, s -> s.withId("attachment-upload")), "foto.jpg", "image/jpeg",
                TestFiles.pdf());

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("O conteúdo do arquivo não corresponde ao nome (por exemplo, um PDF chamado .jpg)."));
        assertThat(SystemUser.callAs(editor, () -> attachments.list(asset.id()))).isEmpty();
    }

    @Test
    void withoutTheEditFlagTheFilesAreShownWithoutUploadOrDelete() {
        SystemUser.callAs(editor, () -> attachments.add(asset.id(), "laudo.pdf", null,
                new ByteArrayInputStream(TestFiles.pdf())));
        open(viewer);

        assertThat(_get(Anchor.class, s -> s.withText("laudo.pdf"))).isNotNull();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("attachment-delete"))).isEmpty();
    }

    @Test
    void aDeletedFileLeavesTheListAndAnAdministratorRestoresIt() {
        AttachmentSummary photo = SystemUser.callAs(editor, () -> attachments.add(asset.id(), "frente.png", null,
                new ByteArrayInputStream(TestFiles.png(120, 90))));
        open(editor);

        _click(_get(Button.class, s -> s.withClasses("attachment-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(_find(Image.class, s -> s.withClasses("attachment-thumbnail"))).isEmpty();
        assertThat(SystemUser.callAs(editor, () -> assets.history(asset.id()))).anySatisfy(h ->
                assertThat(h.type().name()).isEqualTo("ATTACHMENT_REMOVED"));
        open(admin);
        _click(_get(Button.class, s -> s.withId("restore-attachment-" + photo.id())));

        assertThat(_get(Image.class, s -> s.withClasses("attachment-thumbnail")).getSrc())
                .isEqualTo("anexos/" + photo.id() + "/miniatura");
        assertThat(_find(Button.class, s -> s.withId("restore-attachment-" + photo.id()))).isEmpty();
    }

    @Test
    void aWrittenOffAssetShowsItsFilesReadOnly() {
        SystemUser.callAs(editor, () -> attachments.add(asset.id(), "termo.pdf", null,
                new ByteArrayInputStream(TestFiles.pdf())));
        SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.DOACAO, null, null)));
        open(admin);

        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("attachments-read-only"))).isNotNull();
        assertThat(_get(Anchor.class, s -> s.withText("termo.pdf"))).isNotNull();
        assertThat(_find(Upload.class)).isEmpty();
    }
}
