package br.com.patritech.custody.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

import br.com.patritech.assets.ui.AssetSelectionAction;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.organization.OrganizationService;

/**
 * "Atribuir responsável" and "Devolver" on the asset list's selection bar (docs/decisions/0008): offered to whoever
 * manages custody in at least one unit; the service checks each asset again.
 */
final class CustodySelectionActions {

    private CustodySelectionActions() {
    }

    @org.springframework.stereotype.Component
    @Order(10)
    static class Assign implements AssetSelectionAction {

        private final CustodyService custody;
        private final PeopleService people;
        private final OrganizationService organization;

        Assign(CustodyService custody, PeopleService people, OrganizationService organization) {
            this.custody = custody;
            this.people = people;
            this.organization = organization;
        }

        @Override
        public Optional<Component> button(Selection selection) {
            if (!people.mayManageAny()) {
                return Optional.empty();
            }
            Button button = new Button(VaadinIcon.USER_CHECK.create());
            button.setText(button.getTranslation("custody.assign"));
            button.setId("custody-assign");
            button.addClickListener(e -> new AssignDialog(custody, people, organization, selection).open());
            return Optional.of(button);
        }
    }

    @org.springframework.stereotype.Component
    @Order(11)
    static class GiveBack implements AssetSelectionAction {

        private final CustodyService custody;
        private final PeopleService people;

        GiveBack(CustodyService custody, PeopleService people) {
            this.custody = custody;
            this.people = people;
        }

        @Override
        public Optional<Component> button(Selection selection) {
            if (!people.mayManageAny()) {
                return Optional.empty();
            }
            Button button = new Button(VaadinIcon.REPLY.create());
            button.setText(button.getTranslation("custody.give-back"));
            button.setId("custody-give-back");
            button.addClickListener(e -> new GiveBackDialog(custody, selection).open());
            return Optional.of(button);
        }
    }
}
