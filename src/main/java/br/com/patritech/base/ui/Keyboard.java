package br.com.patritech.base.ui;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;

/** What the keyboard alone must do: pick an option by its first letters, open a row with Enter. */
public final class Keyboard {

    private Keyboard() {
    }

    /**
     * Typing part of an option and pressing Enter (or Tab) picks the option that starts with it ("Mobi" picks
     * "Mobiliário"), else the only one that contains it; when nothing matches, the field says so and keeps the text.
     */
    public static <T> ComboBox<T> pickByTyping(ComboBox<T> combo) {
        combo.setAllowCustomValue(true);
        combo.addCustomValueSetListener(e -> {
            String typed = plain(e.getDetail());
            List<T> items = combo.getListDataView().getItems().toList();
            List<T> starting = items.stream().filter(i -> plain(combo.getItemLabelGenerator().apply(i)).startsWith(typed))
                    .toList();
            List<T> containing = items.stream()
                    .filter(i -> plain(combo.getItemLabelGenerator().apply(i)).contains(typed)).toList();
            T match = !starting.isEmpty() ? starting.get(0) : containing.size() == 1 ? containing.get(0) : null;
            if (match != null) {
                combo.setValue(match);
                combo.setInvalid(false);
                combo.setErrorMessage(null);
            } else {
                combo.setErrorMessage(combo.getTranslation("combo.no-match", e.getDetail()));
                combo.setInvalid(true);
            }
        });
        return combo;
    }

    /** Enter on a focused row does what a click on a data cell of it does (vaadin-grid only reports clicks). */
    public static void openRowsOnEnter(Grid<?> grid) {
        grid.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Enter' || e.defaultPrevented) return;
                  const focused = this.shadowRoot.activeElement;
                  const row = focused && (focused.tagName === 'TR' ? focused : focused.closest('tr'));
                  if (!row || !row.parentElement || row.parentElement.id !== 'items') return;
                  // The selection column's check box (lists with selection actions) is not what Enter opens; capturing,
                  // so the grid does not first take Enter on that cell to focus the check box.
                  const contentOf = td => { const slot = td.querySelector('slot'); return slot && slot.assignedElements()[0]; };
                  const data = td => { const c = contentOf(td); return c && !c.querySelector('vaadin-checkbox'); };
                  const cell = focused.tagName === 'TD' && data(focused) ? focused : [...row.querySelectorAll('td')].find(data);
                  const content = cell && contentOf(cell);
                  if (content) { e.preventDefault(); content.click(); }
                }, true);""");
    }

    /**
     * The show-password button of every password field under this component speaks the user's language
     * (the web component's default is English "Show password").
     */
    public static void translatePasswordReveal(Component root) {
        root.addAttachListener(e -> root.getElement().executeJs("""
                const label = $0;
                const deep = r => [...r.querySelectorAll('*')].flatMap(el => el.shadowRoot ? [el, ...deep(el.shadowRoot)] : [el]);
                const apply = () => deep(this).filter(el => el.localName === 'vaadin-password-field').forEach(f => {
                  f.i18n = Object.assign({}, f.i18n, { reveal: label });
                  const b = f.querySelector('vaadin-password-field-button') || (f.shadowRoot && f.shadowRoot.querySelector('[part~="reveal-button"]'));
                  if (b) { b.setAttribute('aria-label', label); }
                });
                apply(); setTimeout(apply, 300); setTimeout(apply, 1500);""",
                root.getTranslation("layout.show-password")));
    }

    private static String plain(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
