package br.com.patritech.depreciation.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.depreciation.Adjustment;
import br.com.patritech.depreciation.AdjustmentKind;
import br.com.patritech.depreciation.DepreciationAdjustments;

/** Records a revaluation or an impairment of one asset; a refusal shows next to its field and keeps what was typed. */
class AdjustmentDialog extends Dialog {

    AdjustmentDialog(long assetId, DepreciationAdjustments adjustments, Runnable saved) {
        setHeaderTitle(getTranslation("depreciation.adjustment.new"));
        setId("adjustment-dialog");
        setMaxWidth("36rem");
        FormErrors errors = new FormErrors();
        RadioButtonGroup<AdjustmentKind> kind = errors.field("kind", new RadioButtonGroup<>());
        kind.setId("adjustment-kind");
        kind.setItems(AdjustmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("depreciation.adjustment.kind." + k.name()));
        kind.setValue(AdjustmentKind.REVALUATION);
        DatePicker date = errors.field("date", new DatePicker(getTranslation("depreciation.adjustment.date")));
        date.setId("adjustment-date");
        date.setValue(LocalDate.now());
        BigDecimalField value = errors.field("newValue",
                new BigDecimalField(getTranslation("depreciation.adjustment.new-value")));
        value.setId("adjustment-value");
        TextArea reason = errors.field("reason", new TextArea(getTranslation("depreciation.adjustment.reason")));
        reason.setId("adjustment-reason");
        reason.setMaxLength(1000);
        add(new FormLayout(kind, date, value, reason), errors.message());
        Button save = new Button(getTranslation("depreciation.policy.save"), e -> {
            errors.clear();
            try {
                adjustments.record(assetId, new Adjustment.Request(kind.getValue(), date.getValue(), value.getValue(),
                        reason.getValue()));
                close();
                saved.run();
            } catch (RuntimeException refusal) {
                errors.show(refusal);
            }
        });
        save.setId("save-adjustment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("depreciation.policy.cancel"), e -> close()), save);
    }
}
