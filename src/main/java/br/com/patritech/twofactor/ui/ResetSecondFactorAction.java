package br.com.patritech.twofactor.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.RowActions;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.twofactor.TwoFactorService;
import br.com.patritech.users.UserService.UserSummary;
import br.com.patritech.users.ui.UserRowAction;

/**
 * On the users screen, for administrators: remove a user's second factor (a lost phone), after a confirmation.
 * Offered on every row (asking each row whether it has one would cost a query per row); the answer says which.
 */
@org.springframework.stereotype.Component
class ResetSecondFactorAction implements UserRowAction {

    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;

    ResetSecondFactorAction(TwoFactorService twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Button> button(UserSummary user, Runnable refresh) {
        if (!currentUser.get().map(u -> u.isAdmin()).orElse(false)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String label = ui.getTranslation("twofactor.reset");
        Button reset = RowActions.icon(VaadinIcon.SHIELD, label, () -> ConfirmAction.ask(label,
                ui.getTranslation("twofactor.reset.confirm", user.name()), label,
                () -> showOutcome(ui, twoFactor.reset(user.id())), null, refresh));
        reset.setId("reset-two-factor-" + user.id());
        return Optional.of(reset);
    }

    private static void showOutcome(UI ui, boolean hadOne) {
        com.vaadin.flow.component.notification.Notification.show(
                ui.getTranslation(hadOne ? "twofactor.reset.done" : "twofactor.reset.none"));
    }
}
