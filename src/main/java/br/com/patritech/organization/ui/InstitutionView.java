package br.com.patritech.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import br.com.patritech.base.Installation;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.organization.InstitutionService;
import br.com.patritech.organization.InstitutionService.InstitutionDetails;
import br.com.patritech.organization.InstitutionService.InstitutionForm;
import br.com.patritech.security.Permission;

/**
 * /instituicao (administrators): the name, CNPJ and logo that head every printed document. The logo is held in
 * memory until saved; the service checks its content, and a refusal keeps everything typed.
 */
@Route("instituicao")
@Menu(order = 95, title = "menu.institution", icon = "vaadin:building")
@RolesAllowed(Permission.Roles.ADMIN)
class InstitutionView extends VerticalLayout implements HasDynamicTitle {

    /** The upload accepts a little more than the service so that the service's clear message is the one shown. */
    static final int UPLOAD_LIMIT = 512 * 1024;

    private final InstitutionService institution;
    private final Installation installation;
    private final FormErrors errors = new FormErrors();
    private final TextField name = new TextField();
    private final TextField cnpj = new TextField();
    private final Span logoState = new Span();
    private final Button removeLogo = new Button();
    private final Upload upload;
    private byte[] chosenLogo;
    private InstitutionDetails current;

    InstitutionView(InstitutionService institution, Installation installation) {
        this.institution = institution;
        this.installation = installation;
        setId("institution-view");
        name.setId("institution-name");
        name.setLabel(getTranslation("institution.name"));
        name.setMaxLength(200);
        name.setWidthFull();
        cnpj.setId("institution-cnpj");
        cnpj.setLabel(getTranslation("institution.cnpj"));
        cnpj.setPlaceholder("00.000.000/0000-00");
        errors.field("name", name);
        errors.field("cnpj", cnpj);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            chosenLogo = bytes;
            logoState.setText(getTranslation("institution.logo.chosen", metadata.fileName()));
        }))));
        upload.setId("institution-logo");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UPLOAD_LIMIT);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> logoState.setText(getTranslation("institution.logo.too-large", 256)));
        removeLogo.setText(getTranslation("institution.logo.remove"));
        removeLogo.setId("institution-remove-logo");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeLogo.addClickListener(e -> act(() -> institution.removeLogo(current.version())));
        Button save = new Button(getTranslation("institution.save"), e -> act(() -> institution.save(current.version(),
                new InstitutionForm(name.getValue(), cnpj.getValue(), chosenLogo))));
        save.setId("institution-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, cnpj);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Span logoLabel = new Span(getTranslation("institution.logo"));
        add(new H2(getTranslation("institution.title")), new Paragraph(getTranslation("institution.hint")), form,
                logoLabel, upload, logoState, removeLogo, errors.message(), save);
        load(institution.details(installation.institutionName()));
    }

    private void act(java.util.function.Supplier<InstitutionDetails> change) {
        errors.clear();
        try {
            InstitutionDetails saved = change.get();
            chosenLogo = null;
            upload.clearFileList();
            load(saved);
            Notification.show(getTranslation("institution.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (RuntimeException refusal) {
            errors.show(refusal);
        }
    }

    private void load(InstitutionDetails details) {
        current = details;
        name.setValue(details.name() == null ? "" : details.name());
        cnpj.setValue(details.cnpj() == null ? "" : details.cnpj());
        logoState.setText(getTranslation(details.hasLogo() ? "institution.logo.current" : "institution.logo.none"));
        removeLogo.setVisible(details.hasLogo());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institution.title");
    }
}
