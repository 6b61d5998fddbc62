package br.com.patritech.assets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;

/**
 * /bens/{id}/editar: edits the version that was loaded. If someone saved in between, the save is refused with
 * a message and everything typed stays in the form.
 */
@Route(AssetsNavigation.EDIT)
@PermitAll
class EditAssetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssetService assets;
    private final OrganizationService organization;
    private final CatalogService catalog;
    private String title = "";
    private final Button reload = new Button(getTranslation("form.reload"), e -> reload());
    private AssetDetails loaded;

    EditAssetView(AssetService assets, OrganizationService organization, CatalogService catalog) {
        this.assets = assets;
        this.organization = organization;
        this.catalog = catalog;
        setId("edit-asset-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        AssetDetails asset;
        try {
            asset = assets.get(id);
        } catch (NotFoundException e) {
            event.forwardTo(AssetsView.class);
            return;
        }
        if (!asset.allowed().edit()) {
            event.forwardTo(AssetView.class, AssetsNavigation.idParameter(id));
            return;
        }
        show(asset);
    }

    private void reload() {
        show(assets.get(loaded.id()));
    }

    private void show(AssetDetails asset) {
        long id = asset.id();
        loaded = asset;
        title = getTranslation("asset.edit.title", asset.tombo());
        AssetEditor editor = new AssetEditor(catalog.categories(), organization.visibleUnits(), organization::rooms, false);
        editor.tombo.setReadOnly(true);
        editor.read(AssetForm.of(asset));
        Button save = new Button(getTranslation("asset.save"), e -> save(asset, editor));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-asset");
        editor.markUnchanged();
        Button cancel = new Button(getTranslation("asset.cancel"),
                e -> ConfirmAction.discardChanges(editor.hasChanges(), () -> AssetsNavigation.toAsset(id)));
        cancel.setId("cancel-asset");
        reload.setId("reload-record");
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.setVisible(false);
        removeAll();
        add(new H2(title), new HorizontalLayout(editor.errors().message(), reload), editor,
                new HorizontalLayout(save, cancel));
    }

    private void save(AssetDetails loaded, AssetEditor editor) {
        editor.errors().clear();
        if (!editor.checkInput()) {
            return;
        }
        try {
            assets.update(loaded.id(), loaded.version(), editor.write());
            Notification.show(getTranslation("asset.saved"));
            AssetsNavigation.toAsset(loaded.id());
        } catch (DomainException e) {
            editor.errors().show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            // The message asks to reload: offer it, showing the record as it is now (the typing is then replaced).
            editor.errors().show(e);
            reload.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
