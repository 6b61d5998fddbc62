package br.com.patritech.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.attachments.TestFiles;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/** Photos and PDFs over HTTP: upload, list, download, delete; 413, 415, 404 and 403 as problem+json. */
@ApiTest
class AttachmentsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiUsers apiUsers;

    @Autowired
    AssetFixtures fixtures;

    ApiClient api;
    String admin;
    String editor;
    String reader;
    String outsider;
    String files;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        Place own = fixtures.newUnit();
        Place other = fixtures.newUnit();
        long category = fixtures.newCategory("ANX");
        admin = api.token(apiUsers.create(Role.ADMIN, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        editor = api.token(apiUsers.create(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_EDIT))
                .email(), ApiUsers.PASSWORD);
        reader = api.token(apiUsers.create(Role.AUDITOR, Set.of(), Set.of()).email(), ApiUsers.PASSWORD);
        outsider = api.token(apiUsers.create(Role.GESTOR, Set.of(other.unitId()), EnumSet.allOf(Permission.class))
                .email(), ApiUsers.PASSWORD);
        long asset = api.post("/api/v1/assets", admin, Map.of("name", "Bem com anexos", "categoryId", category,
                "unitId", own.unitId(), "acquisitionValue", "10.00")).body().get("id").asLong();
        files = "/api/v1/assets/" + asset + "/attachments";
    }

    @Test
    void anIntegratorUploadsListsDownloadsAndDeletesFiles() {
        ApiClient.Response photo = api.upload(files, editor, "camera.jpg", "image/jpeg", TestFiles.jpegWithGps());
        ApiClient.Response pdf = api.upload(files, editor, "laudo.pdf", "application/pdf", TestFiles.pdf());

        assertThat(photo.status()).isEqualTo(201);
        assertThat(photo.header("Location")).isEqualTo(files + "/" + photo.body().get("id").asLong());
        assertThat(photo.body().get("kind").asString()).isEqualTo("PHOTO");
        assertThat(photo.body().get("width").asInt()).isEqualTo(640);
        ApiClient.Response list = api.get(files, reader);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsString("fileName")).containsExactly("laudo.pdf", "camera.jpg");

        HttpResponse<byte[]> image = api.bytes(photo.header("Location"), reader);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(new String(image.body(), StandardCharsets.ISO_8859_1)).doesNotContain(TestFiles.GPS_MARKER);
        HttpResponse<byte[]> document = api.bytes(pdf.header("Location"), reader);
        assertThat(document.body()).isEqualTo(TestFiles.pdf());
        assertThat(document.headers().firstValue("Content-Disposition").orElse("")).contains("laudo.pdf");

        assertThat(api.delete(pdf.header("Location"), editor).status()).isEqualTo(204);
        assertThat(api.get(files, reader).body().findValuesAsString("fileName")).containsExactly("camera.jpg");
        assertThat(api.get(pdf.header("Location"), reader).status()).isEqualTo(404);
    }

    @Test
    void aPdfNamedJpgAndAnythingElseThanAPhotoOrPdfAre415() {
        ApiClient.Response disguised = api.upload(files, editor, "foto.jpg", "image/jpeg", TestFiles.pdf());
        ApiClient.Response text = api.upload(files, editor, "notas.txt", "text/plain",
                "não é foto".getBytes(StandardCharsets.UTF_8));

        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.contentType()).startsWith("application/problem+json");
        assertThat(disguised.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(disguised.body().get("detail").asString()).contains("não corresponde ao nome");
        assertThat(text.status()).isEqualTo(415);
        assertThat(api.get(files, reader).body()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIs413() throws Exception {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        TestFiles.pdfOfSize(10L * 1024 * 1024 + 1).transferTo(big);

        ApiClient.Response response = api.upload(files, editor, "grande.pdf", "application/pdf", big.toByteArray());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get(files, reader).body()).isEmpty();
    }

    @Test
    void outsideTheScopeIs404AndWithoutTheEditFlagIs403() {
        ApiClient.Response pdf = api.upload(files, editor, "nota.pdf", "application/pdf", TestFiles.pdf());

        assertThat(api.get(files, outsider).status()).isEqualTo(404);
        assertThat(api.get(pdf.header("Location"), outsider).status()).isEqualTo(404);
        assertThat(api.upload(files, outsider, "x.pdf", "application/pdf", TestFiles.pdf()).status()).isEqualTo(404);
        assertThat(api.delete(pdf.header("Location"), outsider).status()).isEqualTo(404);
        ApiClient.Response forbidden = api.upload(files, reader, "y.pdf", "application/pdf", TestFiles.pdf());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(api.delete(pdf.header("Location"), reader).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/assets/999999999/attachments", admin).status()).isEqualTo(404);
    }
}
