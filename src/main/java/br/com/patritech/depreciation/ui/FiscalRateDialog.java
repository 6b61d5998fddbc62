package br.com.patritech.depreciation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.depreciation.CategoryFiscalRate;
import br.com.patritech.depreciation.FiscalDepreciation;

/** Edits one category's fiscal annual rate (ADMIN); a refusal shows next to the field and keeps what was typed. */
class FiscalRateDialog extends Dialog {

    FiscalRateDialog(CategoryFiscalRate current, FiscalDepreciation fiscal, Runnable saved) {
        setHeaderTitle(current.categoryName());
        setId("fiscal-rate-dialog");
        FormErrors errors = new FormErrors();
        BigDecimalField rate = errors.field("annualRatePercent",
                new BigDecimalField(getTranslation("depreciation.fiscal.rate")));
        rate.setId("fiscal-rate");
        rate.setHelperText(getTranslation("depreciation.fiscal.rate.help"));
        rate.setValue(current.annualRatePercent());
        add(new FormLayout(rate), errors.message());
        Button save = new Button(getTranslation("depreciation.policy.save"), e -> {
            errors.clear();
            try {
                fiscal.changeRate(current.categoryId(), current.version(), rate.getValue());
                close();
                saved.run();
            } catch (RuntimeException refusal) {
                errors.show(refusal);
            }
        });
        save.setId("save-fiscal-rate");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("depreciation.policy.cancel"), e -> close()), save);
    }
}
