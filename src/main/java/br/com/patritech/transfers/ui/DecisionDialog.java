package br.com.patritech.transfers.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.transfers.TransferDetails;

/**
 * A dialog that decides something about guides or assets (send, accept, refuse): its fields, errors next to them, and
 * it stays open with what was typed until the service agrees. A concurrent decision is told in words, not lost.
 */
class DecisionDialog extends Dialog {

    private final FormErrors errors = new FormErrors();
    private final FormLayout form = new FormLayout();
    private final String staleKey;

    DecisionDialog(String title, String text, String confirmKey, ButtonVariant variant, String staleKey,
                   Supplier<TransferDetails> action, Consumer<TransferDetails> onDone) {
        this.staleKey = staleKey;
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(text), errors.message(), form);
        Button confirm = new Button(getTranslation(confirmKey), e -> submit(action, onDone));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, variant);
        confirm.setId("confirm-decision");
        Button close = new Button(getTranslation("transfers.close"), e -> close());
        close.setId("close-decision");
        getFooter().add(close, confirm);
    }

    <F extends Component & HasValidation> F field(String name, F component) {
        errors.field(name, component);
        form.add(component);
        return component;
    }

    private void submit(Supplier<TransferDetails> action, Consumer<TransferDetails> onDone) {
        errors.clear();
        try {
            TransferDetails result = action.get();
            close();
            onDone.accept(result);
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.show(DomainException.of(staleKey));
        } catch (DomainException | NotFoundException | AccessDeniedException e) {
            errors.show(e);
        }
    }
}
