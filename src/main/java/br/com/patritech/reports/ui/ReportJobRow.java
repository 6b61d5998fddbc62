package br.com.patritech.reports.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;

import br.com.patritech.base.ui.Formats;
import br.com.patritech.reports.ReportJobs;

/** One report asked for: what, then its progress, its download link, or why it failed. Wraps on a phone. */
class ReportJobRow extends HorizontalLayout {

    ReportJobRow(ReportJobs.Status status) {
        setId("report-job-" + status.id());
        addClassName("report-job");
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        Span what = new Span(getTranslation("report.kind." + status.request().kind()) + " · "
                + status.format().name());
        what.getStyle().set("font-weight", "600");
        add(what);
        switch (status.state()) {
            case RUNNING -> {
                ProgressBar bar = new ProgressBar(0, Math.max(1, status.total()), status.done());
                bar.setWidth("12em");
                add(bar, new Span(getTranslation("report.running", status.done(), status.total())));
            }
            case DONE -> {
                var file = status.file();
                Anchor download = new Anchor(DownloadHandler.forFile(file.path().toFile(), file.fileName()), "");
                download.add(VaadinIcon.DOWNLOAD_ALT.create());
                download.add(getTranslation("report.download", file.fileName()));
                download.addClassName("report-download");
                download.getElement().setAttribute("router-ignore", true);
                download.getElement().setAttribute("download", true);
                add(new Span(getTranslation("report.ready", file.count(), Formats.money(file.total(), getLocale()))),
                        download);
            }
            case FAILED -> add(new Span(getTranslation(status.errorKey())));
        }
    }
}
