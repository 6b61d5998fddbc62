package br.com.patritech.custody.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermService.Verification;

/**
 * /verificar?n=TR-2026-000042&c=ABCDE23456: open to anyone (the QR code on a term leads here). Says only whether the
 * number and code belong together and whether the term is in force: no asset, no person. A wrong number and a wrong
 * code get the same answer; after {@value #MAX_FAILURES} failures a session is refused further checks.
 */
@Route(value = CustodyNavigation.VERIFY, autoLayout = false)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_FAILURES = 20;
    private static final String FAILURES = VerifyView.class.getName() + ".failures";

    private final TermService terms;
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final Paragraph result = new Paragraph();

    VerifyView(TermService terms) {
        this.terms = terms;
        setId("verify-view");
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        number.setId("verify-number");
        number.setLabel(getTranslation("verify.number"));
        number.setPlaceholder("TR-2026-000001");
        number.setMaxLength(20);
        number.setWidthFull();
        code.setId("verify-code");
        code.setLabel(getTranslation("verify.code"));
        code.setMaxLength(20);
        code.setWidthFull();
        Button check = new Button(getTranslation("verify.check"), e -> check());
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("verify-result");
        result.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), number, code, check,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("n").ifPresent(number::setValue);
        query.getSingleParameter("c").ifPresent(code::setValue);
        if (!number.isEmpty() && !code.isEmpty()) {
            check();
        }
    }

    private void check() {
        VaadinSession session = VaadinSession.getCurrent();
        int failures = session.getAttribute(FAILURES) instanceof Integer n ? n : 0;
        if (failures >= MAX_FAILURES) {
            show("verify.too-many", false);
            return;
        }
        Verification verification = terms.verify(number.getValue(), code.getValue());
        if (verification == Verification.NOT_AUTHENTIC) {
            session.setAttribute(FAILURES, failures + 1);
        }
        show("verify." + verification.name(), verification != Verification.NOT_AUTHENTIC);
    }

    private void show(String key, boolean authentic) {
        result.setText(getTranslation(key, number.getValue().trim().toUpperCase(java.util.Locale.ROOT)));
        result.getStyle().set("font-weight", "600").set("color", authentic ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
