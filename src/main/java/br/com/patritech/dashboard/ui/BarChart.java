package br.com.patritech.dashboard.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** Horizontal bars drawn with plain elements: no chart library, no JavaScript, readable by screen readers. */
class BarChart<T> extends Div {

    BarChart(String title, List<T> items, Function<T, String> label, ToDoubleFunction<T> amount,
             Function<T, String> amountText) {
        addClassName("figure-card");
        getStyle().set("flex", "1 1 22rem");
        add(new H3(title));
        double max = items.stream().mapToDouble(amount).max().orElse(0);
        for (T item : items) {
            Div row = new Div();
            row.getStyle().set("margin", "var(--lumo-space-xs) 0");
            Span name = new Span(label.apply(item) + " — " + amountText.apply(item));
            name.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Div bar = new Div();
            double width = max == 0 ? 0 : 100 * amount.applyAsDouble(item) / max;
            bar.getStyle().set("height", "0.6rem").set("width", Math.max(width, 1) + "%")
                    .set("background", "var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-s)");
            row.add(name, bar);
            add(row);
        }
    }
}
