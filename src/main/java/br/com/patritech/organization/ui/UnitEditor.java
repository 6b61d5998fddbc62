package br.com.patritech.organization.ui;

import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.base.ui.FormDialog;
import br.com.patritech.organization.OrganizationService.UnitForm;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Code, name, address and whether the unit is active. The code turns upper-case as it is typed. */
class UnitEditor extends FormDialog<UnitSummary, UnitForm> {

    private final TextField code = errors.field("code", new TextField(getTranslation("unit.code")));
    private final TextField name = errors.field("name", new TextField(getTranslation("unit.name")));
    private final TextField address = errors.field("address", new TextField(getTranslation("unit.address")));
    private final Checkbox active = new Checkbox(getTranslation("unit.active"));

    UnitEditor() {
        super("unit-editor");
        code.setId("unit-code");
        code.setHelperText(getTranslation("unit.code.helper"));
        code.setAllowedCharPattern("[A-Za-z0-9-]");
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        code.addValueChangeListener(e -> {
            String upper = e.getValue().toUpperCase(Locale.ROOT);
            if (!upper.equals(e.getValue())) {
                code.setValue(upper);
            }
        });
        name.setId("unit-name");
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        address.setId("unit-address");
        address.setMaxLength(300);
        active.setId("unit-active");
        addFields(code, name, address, active);
    }

    @Override
    protected void fill(UnitSummary unit) {
        code.setValue(unit == null ? "" : unit.code());
        name.setValue(unit == null ? "" : unit.name());
        address.setValue(unit == null || unit.address() == null ? "" : unit.address());
        active.setValue(unit == null || unit.active());
    }

    @Override
    protected UnitForm read() {
        return new UnitForm(code.getValue(), name.getValue(), address.getValue(), active.getValue());
    }
}
