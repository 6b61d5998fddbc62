package br.com.patritech.depreciation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.depreciation.CategoryPolicy;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.DepreciationPolicy;

/** Edits one category's policy (ADMIN); a refusal shows next to its field and keeps what was typed. */
class PolicyDialog extends Dialog {

    PolicyDialog(CategoryPolicy current, DepreciationPolicies policies, Runnable saved) {
        setHeaderTitle(current.categoryName());
        setId("policy-dialog");
        FormErrors errors = new FormErrors();
        Checkbox depreciates = new Checkbox(getTranslation("depreciation.policy.depreciates"), current.depreciates());
        depreciates.setId("policy-depreciates");
        IntegerField life = errors.field("usefulLifeMonths", new IntegerField(getTranslation("depreciation.policy.life-months")));
        life.setId("policy-life");
        life.setValue(current.depreciates() ? current.usefulLifeMonths() : null);
        BigDecimalField residual = errors.field("residualPercent",
                new BigDecimalField(getTranslation("depreciation.policy.residual")));
        residual.setId("policy-residual");
        residual.setValue(current.residualPercent());
        add(new FormLayout(depreciates, life, residual), errors.message());
        Button save = new Button(getTranslation("depreciation.policy.save"), e -> {
            errors.clear();
            try {
                policies.change(current.categoryId(), current.version(), new DepreciationPolicy(depreciates.getValue(),
                        life.getValue() == null ? 0 : life.getValue(), residual.getValue()));
                close();
                saved.run();
            } catch (RuntimeException refusal) {
                errors.show(refusal);
            }
        });
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("depreciation.policy.cancel"), e -> close()), save);
    }
}
