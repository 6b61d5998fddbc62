package br.com.patritech.twofactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

import br.com.patritech.base.ui.UserBarItem;

/** The shield in the user's bar that opens their two-factor sign-in. */
@org.springframework.stereotype.Component
@Order(10)
class TwoFactorAccountButton implements UserBarItem {

    @Override
    public Component create() {
        Button button = new Button(new Icon(VaadinIcon.SHIELD), e -> UI.getCurrent().navigate(TwoFactorView.ROUTE));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("two-factor-settings");
        button.setTooltipText(button.getTranslation("twofactor.title"));
        button.setAriaLabel(button.getTranslation("twofactor.title"));
        return button;
    }
}
