package br.com.patritech.assets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.organization.OrganizationService;

/** /bens/{id}: all data of one asset, its history, and the actions the user may take. */
@Route(AssetsNavigation.ASSET)
@PermitAll
class AssetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssetService assets;
    private final OrganizationService organization;
    private final java.util.List<AssetPageSection> sections;
    private String title = "";

    AssetView(AssetService assets, OrganizationService organization, java.util.List<AssetPageSection> sections) {
        this.assets = assets;
        this.organization = organization;
        this.sections = sections;
        setId("asset-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(assets.get(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("asset.not-found")), backButton());
        }
    }

    private void show(AssetDetails asset) {
        removeAll();
        title = asset.tombo() + " – " + asset.name();
        H2 heading = new H2(title);
        heading.setId("asset-title");
        HorizontalLayout header = new HorizontalLayout(heading, new StatusBadge(asset.status()));
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (asset.writtenOff()) {
            Div banner = new Div(getTranslation("asset.written-off.banner", Formats.date(asset.writeOff().date(), getLocale()),
                    EnumLabels.of(asset.writeOff().reason())));
            banner.setId("written-off-banner");
            banner.addClassNames("status-badge", "baixado");
            add(banner);
        }
        add(actions(asset), details(asset));
        sections.forEach(section -> section.section(asset).ifPresent(this::add));
        add(new H3(getTranslation("asset.history")), new AssetTimeline(assets.history(asset.id())));
    }

    private HorizontalLayout actions(AssetDetails asset) {
        HorizontalLayout bar = new HorizontalLayout(backButton());
        bar.setId("asset-actions");
        bar.addClassName("asset-actions");
        AssetDetails.AllowedActions allowed = asset.allowed();
        if (allowed.edit()) {
            bar.add(button("asset.edit", "edit-asset", VaadinIcon.EDIT,
                    () -> AssetsNavigation.toEditAsset(asset.id())));
        }
        if (allowed.transfer()) {
            bar.add(button("asset.transfer", "transfer-asset", VaadinIcon.EXCHANGE,
                    () -> new TransferDialog(asset, assets, organization, done("transfer.done")).open()));
        }
        if (allowed.writeOff()) {
            Button writeOff = button("asset.write-off", "write-off-asset", VaadinIcon.ARCHIVE,
                    () -> new WriteOffDialog(asset, assets, done("writeoff.done")).open());
            writeOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(writeOff);
        }
        if (allowed.revertWriteOff()) {
            bar.add(button("asset.revert-write-off", "revert-write-off", VaadinIcon.ROTATE_LEFT,
                    () -> new RevertWriteOffDialog(asset, assets, done("writeoff.revert.done")).open()));
        }
        return bar;
    }

    private java.util.function.Consumer<AssetDetails> done(String messageKey) {
        return updated -> {
            Notification.show(getTranslation(messageKey));
            show(updated);
        };
    }

    private Button backButton() {
        return button("asset.back", "back-to-list", VaadinIcon.ARROW_LEFT, AssetsNavigation::toAssets);
    }

    private Button button(String key, String id, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    private FormLayout details(AssetDetails a) {
        FormLayout form = new FormLayout();
        form.setId("asset-details");
        item(form, "tombo", a.tombo());
        item(form, "name", a.name());
        item(form, "category", a.categoryName());
        item(form, "unit", a.unitCode() + " - " + a.unitName());
        item(form, "room", a.roomName() == null ? getTranslation("asset.no-room") : a.roomName());
        item(form, "serialNumber", a.serialNumber());
        item(form, "acquisitionValue", Formats.money(a.acquisitionValue(), getLocale()));
        item(form, "acquisitionDate", Formats.date(a.acquisitionDate(), getLocale()));
        item(form, "supplier", a.supplier());
        item(form, "invoiceNumber", a.invoiceNumber());
        item(form, "origin", EnumLabels.of(a.origin()));
        item(form, "conservation", EnumLabels.of(a.conservation()));
        item(form, "classification", EnumLabels.of(a.classification()));
        item(form, "status", EnumLabels.of(a.status()));
        if (a.writeOff() != null) {
            item(form, "writeOffDate", Formats.date(a.writeOff().date(), getLocale()));
            item(form, "writeOffReason", EnumLabels.of(a.writeOff().reason()));
            item(form, "writeOffProcess", a.writeOff().processNumber());
        }
        item(form, "description", a.description());
        item(form, "createdAt", Formats.dateTime(a.createdAt(), getLocale()) + " · " + person(a.createdBy()));
        return form;
    }

    /** Start-up jobs are recorded as the login "sistema"; the history names them "Sistema", and so does this page. */
    private String person(String login) {
        return "sistema".equals(login) ? getTranslation("app.system") : login;
    }

    private void item(FormLayout form, String field, String value) {
        Component text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId("detail-" + field);
        form.addFormItem(text, getTranslation("asset.field." + field));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
