package br.com.patritech.inventory.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.core.annotation.Order;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.ui.AssetPageSection;
import br.com.patritech.assets.ui.AssetsNavigation;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.inventory.ReconciliationService;

/** On the page of a NAO_LOCALIZADO asset: "Localizado", for whoever manages the inventory of its unit. */
@org.springframework.stereotype.Component
@Order(5)
class NotLocatedSection implements AssetPageSection {

    private final ReconciliationService reconciliation;

    NotLocatedSection(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public Optional<Component> section(AssetDetails asset) {
        if (asset.status() != AssetStatus.NAO_LOCALIZADO || !reconciliation.mayLocate(asset.unitId())) {
            return Optional.empty();
        }
        Button locate = new Button(VaadinIcon.CHECK.create());
        locate.setText(locate.getTranslation("inventory.reconciliation.locate"));
        locate.setId("asset-locate");
        locate.addClickListener(e -> {
            try {
                reconciliation.locate(asset.id(), asset.version());
                Notification.show(locate.getTranslation("inventory.reconciliation.located", asset.tombo()));
                AssetsNavigation.toAsset(asset.id());
            } catch (RuntimeException refusal) {
                FormErrors.notify(refusal);
            }
        });
        HorizontalLayout section = new HorizontalLayout(new Span(locate.getTranslation("enum.AssetStatus.NAO_LOCALIZADO")),
                locate);
        section.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        return Optional.of(section);
    }
}
