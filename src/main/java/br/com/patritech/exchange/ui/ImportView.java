package br.com.patritech.exchange.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;

import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.exchange.ExportFormat;
import br.com.patritech.exchange.ImportColumn;
import br.com.patritech.exchange.ImportMode;
import br.com.patritech.exchange.ImportPreview;
import br.com.patritech.exchange.ImportService;
import br.com.patritech.exchange.ImportTemplates;
import br.com.patritech.security.Permission;

/**
 * /importar: upload a spreadsheet, map its columns (the user's last mapping, else a guess from the headers), see its
 * first rows, choose what to do with bad rows, start; then {@link ImportJobPanel} follows the job, also after the user
 * left and came back.
 */
@Route("importar")
@Menu(order = 12, title = "import.menu", icon = "vaadin:upload")
@RolesAllowed({Permission.Roles.ADMIN, Permission.Roles.ASSET_CREATE})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_MEGABYTES = 50;

    private final ImportService imports;
    private final VerticalLayout steps = new VerticalLayout();
    private final FormLayout mappingForm = new FormLayout();
    private final Map<ImportColumn, ComboBox<String>> mapping = new EnumMap<>(ImportColumn.class);
    private final Grid<List<String>> preview = new Grid<>();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Checkbox createPlaces = new Checkbox();
    private final Button start = new Button();
    private final ImportJobPanel jobPanel;
    private final FormErrors errors = new FormErrors();
    private final Upload upload = new Upload(this::received);
    private Path uploaded;
    private String fileName;

    ImportView(ImportService imports, ImportTemplates templates) {
        this.imports = imports;
        this.jobPanel = new ImportJobPanel(imports, this::newImport);
        setId("import-view");
        setMaxWidth("1200px");
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(getTranslation("import.upload.button")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.upload.drop")));
        upload.addFileRejectedListener(e -> FormErrors.notify(new br.com.patritech.base.DomainException(
                "import.upload.too-large", "file", MAX_MEGABYTES)));
        upload.setWidthFull();
        HorizontalLayout templateLinks = new HorizontalLayout(template(templates, ExportFormat.CSV),
                template(templates, ExportFormat.XLSX));
        templateLinks.setWrap(true);
        for (ImportColumn column : ImportColumn.values()) {
            ComboBox<String> box = new ComboBox<>(getTranslation("import.column." + column.name()));
            box.setId("map-" + column.name());
            box.setPlaceholder(getTranslation("import.mapping.none"));
            box.setClearButtonVisible(true);
            mapping.put(column, box);
            mappingForm.add(box);
        }
        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        mode.setId("import-mode");
        mode.setLabel(getTranslation("import.mode.label"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("import.mode." + m.name()));
        mode.setValue(ImportMode.VALID_ONLY);
        createPlaces.setId("import-create-places");
        createPlaces.setLabel(getTranslation("import.create-places"));
        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startImport());
        steps.setPadding(false);
        steps.add(new H3(getTranslation("import.mapping.title")), new Paragraph(getTranslation("import.mapping.help")),
                mappingForm, new H3(getTranslation("import.preview.title")), preview, mode, createPlaces,
                errors.message(), start);
        steps.setVisible(false);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), templateLinks,
                upload, steps, jobPanel);
        addAttachListener(e -> jobPanel.showLatest());
    }

    /** Runs on the upload's request: the file goes to the import's own temporary file, then the screen updates. */
    private void received(UploadEvent event) throws IOException {
        Path file = imports.receive(event.getInputStream());
        String name = event.getFileName();
        UI ui = event.getUI();
        ui.access(() -> {
            try {
                show(imports.preview(file), file, name);
            } catch (RuntimeException | IOException refusal) {
                deleteQuietly(file);
                upload.clearFileList();
                FormErrors.notify(refusal instanceof RuntimeException r ? r
                        : new java.io.UncheckedIOException((IOException) refusal));
            }
        });
    }

    private void show(ImportPreview file, Path stored, String name) {
        deleteQuietly(uploaded);
        upload.clearFileList(); // ready for the next file (a fixed one, after the result)
        uploaded = stored;
        fileName = name;
        mapping.forEach((column, box) -> {
            box.setItems(file.header());
            box.setValue(file.mapping().get(column));
        });
        preview.removeAllColumns();
        for (int i = 0; i < file.header().size(); i++) {
            int index = i;
            preview.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(file.header().get(i))
                    .setAutoWidth(true);
        }
        preview.setItems(file.firstRows());
        errors.clear();
        jobPanel.setVisible(false);
        steps.setVisible(true);
    }

    private void startImport() {
        Map<ImportColumn, String> chosen = new EnumMap<>(ImportColumn.class);
        mapping.forEach((column, box) -> {
            if (box.getValue() != null) {
                chosen.put(column, box.getValue());
            }
        });
        try {
            var job = imports.start(uploaded, fileName, chosen, mode.getValue(), createPlaces.getValue(), getLocale());
            uploaded = null; // the job owns the file now
            steps.setVisible(false);
            jobPanel.follow(job);
        } catch (RuntimeException refusal) {
            errors.show(refusal);
        } catch (IOException e) {
            errors.show(new java.io.UncheckedIOException(e));
        }
    }

    private void newImport() {
        jobPanel.setVisible(false);
        steps.setVisible(false);
    }

    private Anchor template(ImportTemplates templates, ExportFormat format) {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName(templates.templateName(format, event.getUI().getLocale()));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                templates.writeTemplate(format, event.getUI().getLocale(), out);
            }
        }, getTranslation("import.template." + format.extension()));
        anchor.setId("import-template-" + format.extension());
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temp folder
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
