package br.com.patritech.inventory.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;

import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.documents.LabelLayout;
import br.com.patritech.inventory.LabelRequest;
import br.com.patritech.inventory.LabelService;

/**
 * Label stock, starting position and the download link; the PDF streams from the database to the browser.
 * The link is off while nothing is chosen or the position does not fit the stock.
 */
class LabelOptions extends HorizontalLayout {

    /** Which assets; the stock and position are added here. */
    interface Choice extends Supplier<LabelRequest> {
    }

    /** Writes the PDF of the chosen assets on this stock from this position. */
    interface Printer {
        void print(LabelLayout layout, int start, java.io.OutputStream out);
    }

    private final Select<LabelLayout> layout = new Select<>();
    private final IntegerField start = new IntegerField(getTranslation("labels.start"));
    private final Anchor download;
    private final java.util.function.BooleanSupplier something;

    LabelOptions(LabelService labels, Choice choice) {
        this((layout, start, out) -> {
            LabelRequest chosen = choice.get();
            labels.write(new LabelRequest(chosen.assetIds(), chosen.unitId(), chosen.roomId(), layout, start), out);
        }, () -> {
            LabelRequest chosen = choice.get();
            return !chosen.assetIds().isEmpty() || chosen.unitId() != null || chosen.roomId() != null;
        });
    }

    /** For assets chosen elsewhere (the list's whole filter): always something to print. */
    LabelOptions(Printer printer, java.util.function.BooleanSupplier something) {
        this.something = something;
        layout.setId("labels-layout");
        layout.setLabel(getTranslation("labels.layout"));
        layout.setItems(LabelLayout.values());
        layout.setItemLabelGenerator(EnumLabels::of);
        layout.setValue(LabelLayout.A4_3X10);
        start.setId("labels-start");
        start.setMin(1);
        start.setValue(1);
        start.setStepButtonsVisible(true);
        download = new Anchor((DownloadHandler) event -> {
            event.setFileName("etiquetas.pdf");
            event.setContentType("application/pdf");
            printer.print(layout.getValue(), start.getValue() == null ? 1 : start.getValue(), event.getOutputStream());
        }, "PDF");
        download.setText(getTranslation("labels.download"));
        download.setId("labels-download");
        download.setTarget(AnchorTarget.BLANK);
        layout.addValueChangeListener(e -> refresh());
        start.addValueChangeListener(e -> refresh());
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(layout, start, download);
        refresh();
    }

    /** Call when the choice of assets changed. */
    void refresh() {
        int perPage = layout.getValue().perPage();
        start.setMax(perPage);
        start.setEnabled(perPage > 1);
        if (perPage == 1) {
            start.setValue(1);
        }
        boolean fits = start.getValue() != null && start.getValue() >= 1 && start.getValue() <= perPage;
        start.setInvalid(!fits);
        start.setErrorMessage(fits ? null : getTranslation("labels.start.range", perPage));
        download.setEnabled(something.getAsBoolean() && fits);
    }
}
