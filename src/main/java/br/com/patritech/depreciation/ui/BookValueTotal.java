package br.com.patritech.depreciation.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import br.com.patritech.assets.ui.AssetListAction;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.depreciation.ListBookValues;

/**
 * The book value of the list's filter as of the last closed month, next to the list's totals; it follows every
 * change of the filter. Says nothing before the first closing, and gives no figure when a search matches more assets
 * than the list totals exactly.
 */
@org.springframework.stereotype.Component
class BookValueTotal implements AssetListAction {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final ListBookValues bookValues;

    BookValueTotal(ListBookValues bookValues) {
        this.bookValues = bookValues;
    }

    @Override
    public Optional<Component> component(ListState list) {
        Span total = new Span();
        total.setId("asset-book-value-total");
        list.whenChanged(() -> show(total, list));
        show(total, list);
        return Optional.of(total);
    }

    private void show(Span line, ListState list) {
        Optional<ListBookValues.Total> total = bookValues.total(list.filter());
        line.setVisible(total.isPresent());
        total.ifPresent(t -> line.setText(t.exact()
                ? line.getTranslation("depreciation.list.total", t.asOf().format(MONTH),
                        Formats.money(t.bookValue(), line.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.getDefault())))
                : line.getTranslation("depreciation.list.total.not-exact", t.asOf().format(MONTH))));
    }
}
