package br.com.patritech.inventory.ui;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;

import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.InventoryReport;

/** The Relatório de Inventário as PDF and CSV downloads, written straight to the response. */
final class ReportLinks {

    private ReportLinks() {
    }

    static Anchor pdf(InventoryReport report, CampaignSummary campaign, Locale locale) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName("relatorio-inventario-" + campaign.id() + ".pdf");
            event.setContentType("application/pdf");
            report.pdf(campaign.id(), locale, event.getOutputStream());
        }, "PDF");
        link.setText(link.getTranslation("inventory.report.pdf"));
        link.setTarget(AnchorTarget.BLANK);
        link.setId("report-pdf");
        return link;
    }

    static Anchor csv(InventoryReport report, CampaignSummary campaign, Locale locale) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName("relatorio-inventario-" + campaign.id() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so spreadsheet programs read the accents as UTF-8
            report.csv(campaign.id(), locale, writer);
            writer.flush();
        }, "CSV");
        link.setText(link.getTranslation("inventory.report.csv"));
        link.setId("report-csv");
        return link;
    }
}
