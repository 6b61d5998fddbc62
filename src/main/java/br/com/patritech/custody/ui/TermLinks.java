package br.com.patritech.custody.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermSummary;

/** A link that downloads a term's PDF, generated on click by the service (which checks who may read it). */
final class TermLinks {

    private TermLinks() {
    }

    static Anchor download(TermService terms, TermSummary term, Locale locale) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = terms.pdf(term.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), term.number() + ".pdf", "application/pdf",
                    pdf.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" " + term.number());
        link.setId("download-" + term.number());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", link.getTranslation("term.download", term.number()));
        return link;
    }
}
