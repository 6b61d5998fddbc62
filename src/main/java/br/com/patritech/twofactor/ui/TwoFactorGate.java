package br.com.patritech.twofactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import br.com.patritech.security.SecondFactorPending;
import br.com.patritech.security.SecondFactorPolicy.SecondStep;

/**
 * While a sign-in owes its second factor, every navigation lands on the one view that settles it (the code, or
 * the enrolment when it is required); the code view is only for such sign-ins. Services refuse such a session
 * anyway (it has no {@code AppUser}); this keeps the person on the right screen.
 */
@org.springframework.stereotype.Component
class TwoFactorGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(TwoFactorGate::check));
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        SecondFactorPending pending = SecondFactorPending.current().orElse(null);
        if (pending == null) {
            if (target == TwoFactorCodeView.class) {
                event.forwardTo("");
            }
            return;
        }
        Class<? extends Component> owed = pending.step() == SecondStep.CODE ? TwoFactorCodeView.class
                : TwoFactorView.class;
        if (target != owed) {
            event.forwardTo(owed);
        }
    }
}
