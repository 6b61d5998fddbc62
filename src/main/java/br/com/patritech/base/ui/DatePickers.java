package br.com.patritech.base.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/** A DatePicker that reads and writes dd/MM/yyyy with Portuguese month names when the UI is in pt-BR. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        if (picker.getLocale() == null || !"en".equals(picker.getLocale().getLanguage())) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setMonthNames(List.of("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                    "setembro", "outubro", "novembro", "dezembro"));
            i18n.setWeekdays(List.of("domingo", "segunda", "terça", "quarta", "quinta", "sexta", "sábado"));
            i18n.setWeekdaysShort(List.of("dom", "seg", "ter", "qua", "qui", "sex", "sáb"));
            i18n.setToday("Hoje");
            i18n.setCancel("Cancelar");
            i18n.setFirstDayOfWeek(0);
            i18n.setDateFormat("dd/MM/yyyy");
            picker.setI18n(i18n);
        }
        return picker;
    }
}
