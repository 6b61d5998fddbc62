package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.assets.AssetTomboLookup;
import br.com.patritech.assets.ui.AssetsNavigation;

/**
 * Where a label's QR code leads: {@code /t/<tombo>} opens the asset's page (after login, which brings the person
 * back here). A tombo that does not exist, or of a unit the person does not see, is told as not found.
 */
@Route(InventoryNavigation.TOMBO_LINK)
@PermitAll
class TomboLinkView extends Div implements BeforeEnterObserver {

    private final AssetTomboLookup lookup;

    TomboLinkView(AssetTomboLookup lookup) {
        this.lookup = lookup;
        setId("tombo-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tombo = event.getRouteParameters().get("tombo").orElse("");
        lookup.visibleAssetId(tombo).ifPresentOrElse(id -> AssetsNavigation.forwardToAsset(event, id), () -> {
            removeAll();
            add(new H2(getTranslation("inventory.tombo-link.not-found.title")),
                    new Paragraph(getTranslation("inventory.tombo-link.not-found", tombo)));
        });
    }
}
