package br.com.patritech.assets.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.ui.DatePickers;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.Keyboard;

/** Dar baixa: date, reason, administrative process and note. */
class WriteOffDialog extends ActionDialog<WriteOffRequest> {

    private final DatePicker date = DatePickers.create(null);
    private final ComboBox<WriteOffReason> reason = new ComboBox<>();
    private final TextField process = new TextField();
    private final TextArea note = new TextArea();

    WriteOffDialog(AssetDetails asset, AssetService assets, Consumer<AssetDetails> onDone) {
        super(asset, assets::get, "writeoff.confirm", ButtonVariant.LUMO_ERROR,
                (current, request) -> assets.writeOff(current.id(), current.version(), request), onDone);
        setHeaderTitle(getTranslation("writeoff.title", asset.tombo()));
        date.setLabel(getTranslation("writeoff.date"));
        date.setId("writeoff-date");
        date.setValue(LocalDate.now());
        date.setMax(LocalDate.now());
        date.setMin(asset.acquisitionDate());
        reason.setLabel(getTranslation("writeoff.reason"));
        reason.setId("writeoff-reason");
        reason.setItems(WriteOffReason.values());
        reason.setItemLabelGenerator(EnumLabels::of);
        Keyboard.pickByTyping(reason);
        process.setLabel(getTranslation("writeoff.process"));
        process.setId("writeoff-process");
        note.setLabel(getTranslation("writeoff.note"));
        note.setId("writeoff-note");
        field("date", date);
        field("reason", reason);
        field("processNumber", process);
        field("note", note);
        form().addComponentAtIndex(0, new Paragraph(getTranslation("writeoff.warning")));
        form().setColspan(form().getComponentAt(0), 2);
    }

    @Override
    protected WriteOffRequest request() {
        return new WriteOffRequest(date.getValue(), reason.getValue(), process.getValue(), note.getValue());
    }
}
