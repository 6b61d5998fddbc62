package br.com.patritech.custody.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;

import br.com.patritech.assets.ui.AssetSelectionAction.Selection;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermSummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;

/**
 * Choose the person (searched as one types) for the ticked assets, optionally adding every asset of a room; the
 * refusal, if any, shows in the dialog, which keeps what was chosen. On success it names the term issued.
 */
class AssignDialog extends Dialog {

    private final FormErrors errors = new FormErrors();
    private final ComboBox<PersonSummary> person = errors.field("personId", new ComboBox<>());
    private final Checkbox wholeRoom = new Checkbox();
    private final Select<RoomSummary> room = new Select<>();

    AssignDialog(CustodyService custody, PeopleService people, OrganizationService organization, Selection selection) {
        setId("custody-assign-dialog");
        setHeaderTitle(getTranslation("custody.assign.title"));
        setWidth("min(32rem, 95vw)");
        person.setId("custody-person");
        person.setLabel(getTranslation("custody.person"));
        person.setWidthFull();
        person.setItemLabelGenerator(PersonSummary::label);
        person.setItems(q -> people.find(q.getFilter().orElse(""), null, true, q.getOffset(), q.getLimit()).stream());
        wholeRoom.setId("custody-whole-room");
        wholeRoom.setLabel(getTranslation("custody.whole-room"));
        room.setId("custody-room");
        room.setLabel(getTranslation("custody.room"));
        room.setWidthFull();
        room.setItemLabelGenerator(RoomSummary::name);
        room.setVisible(false);
        person.addValueChangeListener(e -> room.setItems(e.getValue() == null ? List.of()
                : organization.rooms(e.getValue().unitId())));
        wholeRoom.addValueChangeListener(e -> room.setVisible(e.getValue()));
        Paragraph count = new Paragraph(getTranslation("assets.selection", selection.assetIds().size()));
        add(errors.message(), count, person, wholeRoom, room);
        Button confirm = new Button(getTranslation("custody.assign"), e -> {
            errors.clear();
            try {
                Set<Long> ids = new LinkedHashSet<>(selection.assetIds());
                if (wholeRoom.getValue() && room.getValue() != null) {
                    ids.addAll(custody.assetIdsInRoom(room.getValue().id()));
                }
                if (person.getValue() == null) {
                    errors.show(new br.com.patritech.base.DomainException("validation.required", "personId"));
                    return;
                }
                List<TermSummary> issued = custody.assign(ids, person.getValue().id());
                close();
                Notification.show(getTranslation("custody.assign.done", issued.get(issued.size() - 1).number()));
                selection.done();
            } catch (RuntimeException refusal) {
                errors.show(refusal);
            }
        });
        confirm.setId("custody-assign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        cancel.setId("custody-assign-cancel");
        getFooter().add(cancel, confirm);
    }
}
