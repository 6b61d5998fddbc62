package br.com.patritech.assets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/**
 * /bens/novo: register an asset in a unit where the user may register assets; another feature may open it prefilled
 * ({@link AssetsNavigation#toNewAsset(NewAssetDraft)}).
 */
@Route(AssetsNavigation.NEW)
@PermitAll
class NewAssetView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final boolean mayRegister;

    NewAssetView(AssetService assets, OrganizationService organization, CatalogService catalog, CurrentUser currentUser) {
        setId("new-asset-view");
        var user = currentUser.require();
        var units = organization.visibleUnits().stream()
                .filter(u -> u.active() && user.unitsFor(Permission.ASSET_CREATE).contains(u.id())).toList();
        mayRegister = assets.canRegisterAny() && !units.isEmpty();
        NewAssetDraft draft = AssetsNavigation.takeDraft();
        AssetEditor editor = new AssetEditor(catalog.categories(), units, organization::rooms, true);
        editor.read(draft == null ? new AssetForm() : draft.form());
        editor.suggestTombo(assets::suggestTombo);
        if (units.size() == 1 && editor.unit.isEmpty()) {
            editor.unit.setValue(units.get(0));
        }
        SerializableFunction<AssetForm, AssetDetails> register = draft == null ? assets::create : draft.save();
        Button save = new Button(getTranslation("asset.save"), e -> save(register, editor));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-asset");
        save.setEnabled(!units.isEmpty());
        editor.markUnchanged();
        editor.name.focus();
        Button cancel = new Button(getTranslation("asset.cancel"),
                e -> ConfirmAction.discardChanges(editor.hasChanges(), AssetsNavigation::toAssets));
        cancel.setId("cancel-asset");
        add(new H2(getTranslation("asset.new.title")), editor.errors().message(), editor, new HorizontalLayout(save, cancel));
    }

    /** Who may register nowhere gets the not-allowed page, not a form whose Save cannot work. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayRegister) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void save(SerializableFunction<AssetForm, AssetDetails> register, AssetEditor editor) {
        editor.errors().clear();
        if (!editor.checkInput()) {
            return;
        }
        try {
            AssetDetails created = register.apply(editor.write());
            Notification.show(getTranslation("asset.created", created.tombo()));
            AssetsNavigation.toAsset(created.id());
        } catch (DomainException e) {
            editor.errors().show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asset.new.title");
    }
}
