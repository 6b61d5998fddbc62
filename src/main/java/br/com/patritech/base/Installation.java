package br.com.patritech.base;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who this installation prints itself as, and where people reach it: the institution's name (and CNPJ and logo, when
 * an administrator saved them) heads every document (terms, guides, labels, reports), and QR codes encode links
 * under the public address (nginx's https name in production, {@code PATRITECH_PUBLIC_URL}), never the address the
 * app listens on behind it. Without saved settings the name is {@code PATRITECH_INSTITUTION_NAME}.
 */
@Component
public class Installation {

    private final String institutionName;
    private final String publicUrl;
    private final ObjectProvider<SavedInstitution> saved;

    public Installation(String institutionName, String publicUrl) {
        this(institutionName, publicUrl, null);
    }

    @Autowired
    public Installation(@Value("${patritech.institution.name:PATRI-TECH}") String institutionName,
                        @Value("${patritech.public-url:http://localhost:8080}") String publicUrl,
                        ObjectProvider<SavedInstitution> saved) {
        this.institutionName = institutionName.isBlank() ? "PATRI-TECH" : institutionName.strip();
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        this.saved = saved;
    }

    public String institutionName() {
        return profile().map(SavedInstitution.Profile::name).filter(n -> !n.isBlank()).orElse(institutionName);
    }

    /** The saved CNPJ as printed (00.000.000/0000-00), or null. */
    public String cnpj() {
        return profile().map(SavedInstitution.Profile::cnpj).map(Cnpj::format).orElse(null);
    }

    /** The saved logo (PNG or JPEG), or null. */
    public byte[] logo() {
        return profile().map(SavedInstitution.Profile::logo).orElse(null);
    }

    /** The absolute link to a path of this installation, e.g. {@code link("/verificar/TR-2026-000001")}. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    private Optional<SavedInstitution.Profile> profile() {
        SavedInstitution source = saved == null ? null : saved.getIfAvailable();
        return source == null ? Optional.empty() : source.saved();
    }
}
