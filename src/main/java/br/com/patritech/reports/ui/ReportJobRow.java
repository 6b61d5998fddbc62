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

/**
 * One report asked for: what, then its progress, its download link, or why it failed. Wraps on a phone. Updated in
 * place on each poll, so a link never changes under the pointer once it is there.
 */
class ReportJobRow extends HorizontalLayout {

    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private ReportJobs.State shown;

    ReportJobRow(ReportJobs.Status status) {
        setId("report-job-" + status.id());
        addClassName("report-job");
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidth("12em");
        update(status);
    }

    void update(ReportJobs.Status status) {
        if (status.state() == shown && status.state() != ReportJobs.State.RUNNING) {
            return;
        }
        if (status.state() != shown) {
            removeAll();
            Span what = new Span(getTranslation("report.kind." + status.request().kind()) + " · "
                    + status.format().name());
            what.getStyle().set("font-weight", "600");
            add(what);
            switch (status.state()) {
                case RUNNING -> add(bar, progress);
                case DONE -> add(done(status));
                case FAILED -> add(new Span(getTranslation(status.errorKey())));
            }
            shown = status.state();
        }
        if (status.state() == ReportJobs.State.RUNNING) {
            bar.setMax(Math.max(1, status.total()));
            bar.setValue(Math.min(status.done(), Math.max(1, status.total())));
            progress.setText(getTranslation("report.running", status.done(), status.total()));
        }
    }

    private HorizontalLayout done(ReportJobs.Status status) {
        var file = status.file();
        Anchor download = new Anchor(DownloadHandler.forFile(file.path().toFile(), file.fileName()), "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create());
        download.add(getTranslation("report.download", file.fileName()));
        download.addClassName("report-download");
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("download", true);
        HorizontalLayout done = new HorizontalLayout(new Span(getTranslation("report.ready", file.count(),
                Formats.money(file.total(), getLocale()))), download);
        done.setWrap(true);
        done.setAlignItems(FlexComponent.Alignment.CENTER);
        return done;
    }
}
