package br.com.patritech.inventory.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.DatePickers;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.inventory.CampaignForm;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Opens a campaign: name, units, dates, committee. Refusals show next to the fields; what was typed stays. */
class CampaignDialog extends Dialog {

    private final FormErrors errors = new FormErrors();
    private final TextField name = errors.field("name", new TextField(getTranslation("inventory.campaign.name")));
    private final MultiSelectComboBox<UnitSummary> units = errors.field("unitIds",
            new MultiSelectComboBox<>(getTranslation("inventory.campaign.units")));
    private final DatePicker startsOn = errors.field("startsOn", DatePickers.create(getTranslation("inventory.campaign.startsOn")));
    private final DatePicker endsOn = errors.field("endsOn", DatePickers.create(getTranslation("inventory.campaign.endsOn")));
    private final MultiSelectComboBox<CampaignSummary.Place> committee = errors.field("committee",
            new MultiSelectComboBox<>(getTranslation("inventory.campaign.committee")));

    CampaignDialog(InventoryService inventory, OrganizationService organization, Consumer<CampaignSummary> opened) {
        setId("campaign-dialog");
        setHeaderTitle(getTranslation("inventory.campaign.new"));
        setWidth("min(40rem, 100vw)");
        name.setId("campaign-name");
        name.setMaxLength(120);
        units.setId("campaign-units");
        units.setItems(organization.visibleUnits());
        units.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        startsOn.setId("campaign-starts");
        startsOn.setValue(LocalDate.now());
        endsOn.setId("campaign-ends");
        committee.setId("campaign-committee");
        committee.setItemLabelGenerator(CampaignSummary.Place::label);
        units.addValueChangeListener(e -> committee.setItems(inventory.committeeCandidates(unitIds())));
        FormLayout form = new FormLayout(name, units, startsOn, endsOn, committee);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        form.setColspan(units, 2);
        form.setColspan(committee, 2);
        add(errors.message(), form);
        Button open = new Button(getTranslation("inventory.campaign.open-action"), e -> {
            errors.clear();
            try {
                CampaignSummary campaign = inventory.open(new CampaignForm(name.getValue(), unitIds(), startsOn.getValue(),
                        endsOn.getValue(), committee.getValue().stream().map(CampaignSummary.Place::id)
                        .collect(Collectors.toSet())));
                close();
                opened.accept(campaign);
            } catch (DomainException | AccessDeniedException | NotFoundException refusal) {
                errors.show(refusal);
            }
        });
        open.setId("campaign-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(cancel, open);
    }

    private Set<Long> unitIds() {
        return units.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet());
    }
}
