package br.com.patritech.users.ui;

import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.base.Cpf;

/**
 * A CPF typed as 000.000.000-00: the browser adds the punctuation while digits are typed, and on leaving the
 * field the check digits are verified, so a typo shows at once. The service checks again on save.
 */
class CpfField extends TextField {

    private static final String MASK = """
            const field = this;
            field.addEventListener('input', () => {
              const digits = (field.value || '').replace(/\\D/g, '').slice(0, 11);
              let text = digits.slice(0, 3);
              if (digits.length > 3) text += '.' + digits.slice(3, 6);
              if (digits.length > 6) text += '.' + digits.slice(6, 9);
              if (digits.length > 9) text += '-' + digits.slice(9);
              if (text !== field.value) field.value = text;
            });""";

    CpfField(String label) {
        super(label);
        setAllowedCharPattern("[0-9.\\-]");
        setMaxLength(14);
        setPlaceholder("000.000.000-00");
        setManualValidation(true);
        getElement().executeJs(MASK);
        addValueChangeListener(e -> check());
    }

    /** Formats a valid CPF, or marks the field invalid with the reason; empty is left to the service. */
    private void check() {
        String typed = getValue().trim();
        if (typed.isEmpty()) {
            setInvalid(false);
            return;
        }
        Cpf.parse(typed).ifPresentOrElse(digits -> {
            setInvalid(false);
            if (!Cpf.format(digits).equals(getValue())) {
                setValue(Cpf.format(digits));
            }
        }, () -> {
            setErrorMessage(getTranslation("user.cpf.invalid"));
            setInvalid(true);
        });
    }
}
