package br.com.patritech.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who this installation prints itself as, and where people reach it: the institution's name heads every document
 * (terms, guides, labels), and QR codes encode links under the public address (nginx's https name in production,
 * {@code PATRITECH_PUBLIC_URL}), never the address the app listens on behind it.
 */
@Component
public class Installation {

    private final String institutionName;
    private final String publicUrl;

    public Installation(@Value("${patritech.institution.name:PATRI-TECH}") String institutionName,
                        @Value("${patritech.public-url:http://localhost:8080}") String publicUrl) {
        this.institutionName = institutionName.isBlank() ? "PATRI-TECH" : institutionName.strip();
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    public String institutionName() {
        return institutionName;
    }

    /** The absolute link to a path of this installation, e.g. {@code link("/verificar/TR-2026-000001")}. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
