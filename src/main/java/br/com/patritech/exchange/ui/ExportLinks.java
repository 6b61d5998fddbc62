package br.com.patritech.exchange.ui;

import java.io.OutputStream;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;

import br.com.patritech.assets.ui.AssetListAction;
import br.com.patritech.exchange.AssetExport;
import br.com.patritech.exchange.ExportFormat;

/** "CSV" and "XLSX" next to the list's totals: the list as filtered and sorted when the download starts. */
@org.springframework.stereotype.Component
class ExportLinks implements AssetListAction {

    private final AssetExport export;

    ExportLinks(AssetExport export) {
        this.export = export;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> component(ListState list) {
        HorizontalLayout links = new HorizontalLayout(link(ExportFormat.CSV, list), link(ExportFormat.XLSX, list));
        links.setId("asset-export");
        links.setSpacing(true);
        return Optional.of(links);
    }

    private Anchor link(ExportFormat format, ListState list) {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            var locale = event.getUI() == null ? java.util.Locale.getDefault() : event.getUI().getLocale();
            event.setFileName(export.fileName(format, locale));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                export.write(list.filter(), list.sort(), format, locale, out);
            }
        }, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(format.name());
        anchor.setId("export-" + format.extension());
        anchor.getElement().setAttribute("title", anchor.getTranslation("exchange.export.title", format.name()));
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}
