package br.com.patritech.base.ui;

import com.vaadin.flow.component.UI;

/** The translated name of an enum value: key {@code enum.<EnumType>.<VALUE>}. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return UI.getCurrent().getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
