package br.com.patritech.assets.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetHistoryEntry.FieldChange;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.HistoryField;
import br.com.patritech.base.ui.Formats;

/** The asset's history, newest first: what happened, when, by whom, and each field from → to. */
class AssetTimeline extends Div {

    AssetTimeline(List<AssetHistoryEntry> entries) {
        setId("asset-history");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("asset.history.empty")));
        }
        for (AssetHistoryEntry entry : entries) {
            add(entry(entry));
        }
    }

    private Div entry(AssetHistoryEntry entry) {
        Div item = new Div();
        item.addClassName("history-entry");
        item.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("padding", "0 var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        Span what = new Span(getTranslation("history." + entry.type().name()));
        what.getStyle().set("font-weight", "600");
        item.add(what, new Span(" · " + getTranslation(
                "history.by", Formats.dateTime(entry.occurredAt(), getLocale()), entry.actorName())));
        for (FieldChange change : entry.changes()) {
            item.add(new Div(describe(entry.type(), change)));
        }
        if (entry.note() != null) {
            Div note = new Div(entry.note());
            note.getStyle().set("font-style", "italic");
            item.add(note);
        }
        return item;
    }

    private String describe(AssetEventType type, FieldChange change) {
        HistoryField field = HistoryField.ofStoredName(change.field()).orElse(null);
        if (field == HistoryField.TRANSFER_GUIDE) {
            return getTranslation("history.transfer.guide", change.newValue());
        }
        if (type == AssetEventType.TRANSFERRED && field == HistoryField.UNIT) {
            return getTranslation("history.transfer.unit", change.oldValue(), change.newValue());
        }
        if (type == AssetEventType.TRANSFERRED && field == HistoryField.ROOM) {
            return getTranslation("history.transfer.room", value(field, change.oldValue()),
                    value(field, change.newValue()));
        }
        return getTranslation("history.change", getTranslation("asset.field." + change.field()),
                value(field, change.oldValue()), value(field, change.newValue()));
    }

    /** The stored text shown as its field's kind says; a field this version does not know shows as stored. */
    private String value(HistoryField field, String stored) {
        if (stored == null) {
            return getTranslation("history.empty-value");
        }
        if (field == null) {
            return stored;
        }
        return switch (field.kind()) {
            case ENUM -> getTranslation("enum." + field.enumType().orElseThrow().getSimpleName() + "." + stored);
            case DATE -> Formats.date(LocalDate.parse(stored), getLocale());
            case MONEY -> Formats.money(new BigDecimal(stored), getLocale());
            case TEXT -> stored;
        };
    }
}
