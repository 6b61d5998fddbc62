package br.com.patritech.custody.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import br.com.patritech.base.Cpf;
import br.com.patritech.base.ui.FormDialog;
import br.com.patritech.custody.PeopleService.PersonForm;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Name, CPF, registration, position, e-mail, unit and the link to the account with the same CPF. */
class PersonEditor extends FormDialog<PersonSummary, PersonForm> {

    private final TextField name = errors.field("name", new TextField(getTranslation("person.name")));
    private final TextField cpf = errors.field("cpf", new TextField(getTranslation("person.cpf")));
    private final TextField registration = errors.field("registration",
            new TextField(getTranslation("person.registration")));
    private final TextField position = errors.field("position", new TextField(getTranslation("person.position")));
    private final TextField email = errors.field("email", new TextField(getTranslation("person.email")));
    private final Select<UnitSummary> unit = errors.field("unitId", new Select<>());
    private final Checkbox linkAccount = errors.field("linkAccount", new Checkbox(getTranslation("person.link-account")));
    private final List<UnitSummary> units;

    PersonEditor(List<UnitSummary> units) {
        super("person-editor");
        this.units = units;
        name.setId("person-name");
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        cpf.setId("person-cpf");
        cpf.setAllowedCharPattern("[0-9.\\-]");
        cpf.setMaxLength(14);
        cpf.setPlaceholder("000.000.000-00");
        cpf.setRequiredIndicatorVisible(true);
        registration.setId("person-registration");
        registration.setMaxLength(40);
        position.setId("person-position");
        position.setMaxLength(100);
        email.setId("person-email");
        email.setMaxLength(200);
        unit.setId("person-unit");
        unit.setLabel(getTranslation("person.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        unit.setRequiredIndicatorVisible(true);
        linkAccount.setId("person-link-account");
        linkAccount.setTooltipText(getTranslation("person.link-account.help"));
        addFields(name, cpf, registration, position, email, unit, linkAccount);
    }

    @Override
    protected void fill(PersonSummary person) {
        name.setValue(person == null ? "" : person.name());
        cpf.setValue(person == null ? "" : Cpf.format(person.cpf()));
        registration.setValue(person == null || person.registration() == null ? "" : person.registration());
        position.setValue(person == null || person.position() == null ? "" : person.position());
        email.setValue(person == null || person.email() == null ? "" : person.email());
        unit.setValue(person == null ? (units.size() == 1 ? units.get(0) : null)
                : units.stream().filter(u -> u.id() == person.unitId()).findFirst().orElse(null));
        linkAccount.setValue(person != null && person.linkedToAccount());
    }

    @Override
    protected PersonForm read() {
        return new PersonForm(name.getValue(), cpf.getValue(), registration.getValue(), position.getValue(),
                email.getValue(), unit.getValue() == null ? null : unit.getValue().id(), linkAccount.getValue());
    }
}
