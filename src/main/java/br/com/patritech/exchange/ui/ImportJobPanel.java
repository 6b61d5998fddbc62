package br.com.patritech.exchange.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.shared.Registration;

import br.com.patritech.exchange.ExportFormat;
import br.com.patritech.exchange.ImportJob;
import br.com.patritech.exchange.ImportMode;
import br.com.patritech.exchange.ImportRejection;
import br.com.patritech.exchange.ImportService;
import br.com.patritech.exchange.ImportStatus;

/**
 * An import job as its user follows it: status and a progress bar, polled every second while it runs; at the end the
 * counts, the refused rows (paged from the database) and the refused rows as a file to fix and upload again.
 */
class ImportJobPanel extends VerticalLayout {

    private final ImportService imports;
    private final Span fileAndStatus = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private final Span leave = new Span();
    private final Span result = new Span();
    private final Grid<ImportRejection> rejections = new Grid<>();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private long jobId;
    private Registration polling;

    ImportJobPanel(ImportService imports, Runnable newImport) {
        this.imports = imports;
        setId("import-job");
        setPadding(false);
        fileAndStatus.setId("import-status");
        bar.setId("import-progress");
        progress.setId("import-progress-text");
        leave.setText(getTranslation("import.progress.leave"));
        result.setId("import-result");
        rejections.setId("import-rejections");
        rejections.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rejections.addColumn(ImportRejection::line).setHeader(getTranslation("import.rejections.line"))
                .setFlexGrow(0).setWidth("5em");
        rejections.addColumn(r -> r.column() == null ? "" : r.column())
                .setHeader(getTranslation("import.rejections.column")).setFlexGrow(1);
        rejections.addColumn(ImportRejection::message).setHeader(getTranslation("import.rejections.message"))
                .setFlexGrow(3);
        rejections.setHeight("20em");
        downloads.setWrap(true);
        downloads.add(download(ExportFormat.CSV), download(ExportFormat.XLSX));
        Button again = new Button(getTranslation("import.again"), e -> newImport.run());
        again.setId("import-again");
        add(new H3(getTranslation("import.job.title")), fileAndStatus, bar, progress, leave, result, downloads,
                rejections, again);
        setVisible(false);
        addDetachListener(e -> stopPolling());
    }

    /** On arrival: the user's last import, running or finished. */
    void showLatest() {
        imports.latest().ifPresent(this::follow);
    }

    void follow(ImportJob job) {
        jobId = job.id();
        setVisible(true);
        render(job);
        if (!job.status().finished() && polling == null) {
            getUI().ifPresent(ui -> {
                ui.setPollInterval(1000);
                polling = ui.addPollListener(e -> render(imports.job(jobId)));
            });
        }
    }

    private void render(ImportJob job) {
        fileAndStatus.setText(job.fileName() + " · " + getTranslation("import.status." + job.status().name()));
        boolean running = !job.status().finished();
        bar.setValue(job.progress());
        bar.setVisible(running);
        progress.setVisible(running);
        leave.setVisible(running);
        progress.setText(getTranslation("import.progress", job.processedRows(), job.totalRows()));
        result.setVisible(!running);
        downloads.setVisible(!running && job.rejectedRows() > 0);
        rejections.setVisible(!running && job.rejectedRows() > 0);
        if (running) {
            return;
        }
        stopPolling();
        if (job.status() == ImportStatus.FAILED) {
            result.setText(getTranslation(job.mode() == ImportMode.ALL_OR_NOTHING ? "import.failed.all-or-nothing"
                    : "import.failed", job.failure()));
        } else if (job.mode() == ImportMode.ALL_OR_NOTHING && job.rejectedRows() > 0) {
            result.setText(getTranslation("import.result.all-or-nothing"));
        } else {
            result.setText(getTranslation("import.result", job.importedRows(), job.rejectedRows(), job.totalRows()));
        }
        long id = job.id();
        rejections.setItems(DataProvider.fromCallbacks(
                query -> imports.rejections(id, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, imports.rejectionCount(id))));
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private Anchor download(ExportFormat format) {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName(getTranslation("import.file.rejected") + "." + format.extension());
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                imports.writeRejected(jobId, format, event.getUI().getLocale(), out);
            }
        }, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(getTranslation("import.rejected." + format.extension()));
        anchor.setId("import-rejected-" + format.extension());
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}
