package br.com.patritech.twofactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import br.com.patritech.twofactor.RequiredFor;
import br.com.patritech.twofactor.TwoFactorService;

/** For administrators: who must sign in with a second factor (those without one are sent to enrol). */
class RequirementSetting extends VerticalLayout {

    RequirementSetting(TwoFactorService twoFactor) {
        setPadding(false);
        setId("two-factor-requirement");
        Select<RequiredFor> requiredFor = new Select<>();
        requiredFor.setId("two-factor-required-for");
        requiredFor.setLabel(getTranslation("twofactor.required-for"));
        requiredFor.setItems(RequiredFor.values());
        requiredFor.setItemLabelGenerator(r -> getTranslation("twofactor.required-for." + r.name()));
        requiredFor.setValue(twoFactor.requiredFor());
        requiredFor.setWidthFull();
        Button save = new Button(getTranslation("twofactor.required-for.save"), e -> {
            twoFactor.require(requiredFor.getValue());
            Notification.show(getTranslation("admin.saved"));
        });
        save.setId("two-factor-required-save");
        add(new H3(getTranslation("twofactor.required-for.title")), requiredFor, save);
    }
}
