package br.com.patritech.custody.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.custody.TermService;
import br.com.patritech.custody.TermSummary;

/** The term list used on the person and asset pages: download link, kind, date, total, and its acceptance. */
final class TermGrids {

    private TermGrids() {
    }

    static Grid<TermSummary> create(TermService terms, Locale locale, Runnable refresh) {
        Grid<TermSummary> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(t -> TermLinks.download(terms, t, locale)).setHeader(grid.getTranslation("term.number"))
                .setAutoWidth(true).setFlexGrow(0).setKey("number");
        grid.addColumn(t -> EnumLabels.of(t.kind())).setHeader(grid.getTranslation("term.kind")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.issuedAt(), locale)).setHeader(grid.getTranslation("term.issued-at"))
                .setAutoWidth(true);
        grid.addColumn(TermSummary::personName).setHeader(grid.getTranslation("term.person")).setAutoWidth(true);
        grid.addColumn(t -> Formats.money(t.total(), locale)).setHeader(grid.getTranslation("term.total"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> state(terms, t, locale, refresh)).setHeader(grid.getTranslation("term.state"))
                .setAutoWidth(true).setKey("state");
        return grid;
    }

    /** Accepted (how, when), pending with "Registrar assinatura" for those who may, or ended. */
    static Component state(TermService terms, TermSummary t, Locale locale, Runnable refresh) {
        Span text = new Span();
        if (t.acceptance() != null) {
            text.setText(EnumLabels.of(t.acceptance()) + " · " + Formats.dateTime(t.acceptedAt(), locale));
            return text;
        }
        if (!t.pending()) {
            text.setText(text.getTranslation(t.current() ? "term.state.current" : "term.state.ended"));
            return text;
        }
        if (!terms.mayRecordSignature(t.unitId()) || !t.current()) {
            text.setText(text.getTranslation("term.state.pending"));
            return text;
        }
        Button sign = new Button(text.getTranslation("term.record-signature"), VaadinIcon.PENCIL.create(),
                e -> ConfirmAction.ask(text.getTranslation("term.record-signature"),
                        text.getTranslation("term.record-signature.confirm", t.number(), t.personName()),
                        text.getTranslation("term.record-signature"), () -> terms.recordSigned(t.id(), t.version()),
                        text.getTranslation("term.record-signature.done"), refresh));
        sign.setId("record-signature-" + t.number());
        sign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return sign;
    }
}
