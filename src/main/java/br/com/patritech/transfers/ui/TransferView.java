package br.com.patritech.transfers.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.ConfirmAction;
import br.com.patritech.base.ui.Formats;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.custody.PeopleService;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.transfers.AcceptTransfer;
import br.com.patritech.transfers.RefuseTransfer;
import br.com.patritech.transfers.TransferDetails;
import br.com.patritech.transfers.TransferService;

/** /transferencias/{id}: one guide, its assets and steps, the PDF, and Accept / Refuse / Cancel for who may act. */
@Route(TransfersNavigation.GUIDE)
@PermitAll
class TransferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TransferService transfers;
    private final OrganizationService organization;
    private final PeopleService people;
    private String title = "";
    private long guideId;

    TransferView(TransferService transfers, OrganizationService organization, PeopleService people) {
        this.transfers = transfers;
        this.organization = organization;
        this.people = people;
        setId("transfer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(transfers.get(id));
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("error.not-found")), back());
        }
    }

    private void show(TransferDetails guide) {
        removeAll();
        guideId = guide.id();
        title = getTranslation("transfers.guide.title", guide.number());
        H2 heading = new H2(title);
        heading.setId("transfer-title");
        HorizontalLayout header = new HorizontalLayout(heading, new TransferStatusBadge(guide.status()));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        add(header, actions(guide), details(guide), new H3(getTranslation("transfers.guide.assets")), items(guide),
                new H3(getTranslation("transfers.guide.steps")), steps(guide));
    }

    private HorizontalLayout actions(TransferDetails guide) {
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = transfers.pdf(guide.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), guide.number() + ".pdf", "application/pdf",
                    bytes.length);
        }), "");
        pdf.setId("transfer-pdf");
        pdf.add(new Button(getTranslation("transfers.download"), VaadinIcon.DOWNLOAD.create()));
        HorizontalLayout bar = new HorizontalLayout(back(), pdf);
        bar.setId("transfer-actions");
        bar.setWrap(true);
        if (guide.allowed().accept()) {
            Button accept = button("transfers.accept", "accept-transfer", VaadinIcon.CHECK, () -> accept(guide));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            bar.add(accept);
        }
        if (guide.allowed().refuse()) {
            bar.add(button("transfers.refuse", "refuse-transfer", VaadinIcon.CLOSE, () -> refuse(guide)));
        }
        if (guide.allowed().cancel()) {
            Button cancel = button("transfers.cancel", "cancel-transfer", VaadinIcon.BAN, () -> ConfirmAction.ask(
                    getTranslation("transfers.cancel"), getTranslation("transfers.cancel.confirm", guide.number()),
                    getTranslation("transfers.cancel"), () -> transfers.cancel(guide.id(), guide.version()),
                    getTranslation("transfers.cancelled"), this::reload));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(cancel);
        }
        return bar;
    }

    private void accept(TransferDetails guide) {
        ComboBox<RoomSummary> room = new ComboBox<>(getTranslation("transfers.field.room"));
        room.setId("accept-room");
        room.setItems(organization.rooms(guide.destination().unitId()));
        room.setItemLabelGenerator(RoomSummary::name);
        room.setClearButtonVisible(true);
        ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("transfers.field.responsible"));
        person.setId("accept-responsible");
        person.setItemLabelGenerator(PersonSummary::label);
        person.setClearButtonVisible(true);
        long unitId = guide.destination().unitId();
        boolean mayName = people.mayManage(unitId);
        if (mayName) {
            person.setItems(people.find(null, unitId, true, 0, 500));
        }
        DecisionDialog dialog = new DecisionDialog(getTranslation("transfers.accept.title", guide.number()),
                getTranslation("transfers.accept.text", guide.destination().label()), "transfers.accept",
                ButtonVariant.LUMO_SUCCESS, "transfers.stale", () -> transfers.accept(guide.id(), guide.version(),
                new AcceptTransfer(room.getValue() == null ? null : room.getValue().id(),
                        person.getValue() == null ? null : person.getValue().id())), done("transfers.accepted"));
        dialog.field("roomId", Keyboard.pickByTyping(room));
        if (mayName) {
            dialog.field("personId", Keyboard.pickByTyping(person));
        }
        dialog.open();
    }

    private void refuse(TransferDetails guide) {
        TextArea reason = new TextArea(getTranslation("transfers.field.refusal-reason"));
        reason.setId("refuse-reason");
        reason.setMaxLength(500);
        DecisionDialog dialog = new DecisionDialog(getTranslation("transfers.refuse.title", guide.number()), "",
                "transfers.refuse", ButtonVariant.LUMO_ERROR, "transfers.stale",
                () -> transfers.refuse(guide.id(), guide.version(), new RefuseTransfer(reason.getValue())),
                done("transfers.refused"));
        dialog.field("reason", reason);
        dialog.open();
    }

    private java.util.function.Consumer<TransferDetails> done(String key) {
        return updated -> {
            Notification.show(getTranslation(key));
            show(updated);
        };
    }

    private void reload() {
        show(transfers.get(guideId));
    }

    private FormLayout details(TransferDetails g) {
        FormLayout form = new FormLayout();
        form.setId("transfer-details");
        item(form, "origin", g.origin().label());
        item(form, "destination", g.destination().label());
        item(form, "reason", g.reason());
        item(form, "note", g.note());
        item(form, "total", Formats.money(g.totalValue(), getLocale()));
        if (g.destinationRoom() != null) {
            item(form, "room", g.destinationRoom());
        }
        if (g.refusalReason() != null) {
            item(form, "refusal-reason", g.refusalReason());
        }
        return form;
    }

    private void item(FormLayout form, String field, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId("transfer-" + field);
        form.addFormItem(text, getTranslation("transfers.field." + field));
    }

    private Grid<TransferDetails.Item> items(TransferDetails guide) {
        Grid<TransferDetails.Item> grid = new Grid<>();
        grid.setId("transfer-items");
        grid.addColumn(TransferDetails.Item::tombo).setHeader(getTranslation("asset.field.tombo")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TransferDetails.Item::name).setHeader(getTranslation("asset.field.name"))
                .setTooltipGenerator(TransferDetails.Item::name);
        grid.addColumn(TransferDetails.Item::serialNumber).setHeader(getTranslation("asset.field.serialNumber"))
                .setAutoWidth(true);
        grid.addColumn(i -> Formats.money(i.value(), getLocale())).setHeader(getTranslation("transfers.pdf.value"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setItems(guide.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private UnorderedList steps(TransferDetails g) {
        UnorderedList steps = new UnorderedList(new ListItem(Formats.dateTime(g.createdAt(), getLocale()) + " · "
                + getTranslation("transfers.step.sent", g.createdBy())));
        steps.setId("transfer-steps");
        steps.add(new ListItem(g.pending() ? getTranslation("transfers.step.waiting", g.destination().label())
                : Formats.dateTime(g.decidedAt(), getLocale()) + " · "
                        + getTranslation("transfers.step." + g.status(), g.decidedBy())));
        return steps;
    }

    private Button back() {
        return button("transfers.back", "back-to-transfers", VaadinIcon.ARROW_LEFT, TransfersNavigation::toList);
    }

    private Button button(String key, String id, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
