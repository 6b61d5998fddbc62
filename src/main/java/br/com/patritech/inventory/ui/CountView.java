package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.Conservation;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.inventory.CampaignSummary;
import br.com.patritech.inventory.CountingRoom;
import br.com.patritech.inventory.CountingService;
import br.com.patritech.inventory.InventoryService;
import br.com.patritech.inventory.ReadAnswer;

/**
 * Counting on a phone held in one hand: pick the room, then read one asset after another — typed, from a barcode
 * reader (it types and presses Enter), from a photo of the label, or live from the camera. Each answer appears only
 * once the read is stored.
 */
@Route(InventoryNavigation.COUNT)
@PermitAll
class CountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InventoryService inventory;
    private final CountingService counting;
    private final Select<CountingRoom> room = new Select<>();
    private final TextField code = new TextField();
    private final ReadAnswerPanel answer = new ReadAnswerPanel();
    private final Select<Conservation> conservation = new Select<>();
    private final Span reads = new Span();
    private CampaignSummary campaign;
    private ReadAnswer last;
    private int readHere;
    /** True while the screen itself sets the conservation field to the asset's state (not a person's change). */
    private boolean showingRead;

    CountView(InventoryService inventory, CountingService counting) {
        this.inventory = inventory;
        this.counting = counting;
        setId("count-view");
        setPadding(true);
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaign = InventoryNavigation.campaignOf(event, inventory).orElse(null);
        if (campaign == null) {
            return;
        }
        removeAll();
        add(new H2(getTranslation("inventory.count.title", campaign.name())));
        if (!campaign.mayCount()) {
            add(new Span(getTranslation(campaign.open() ? "error.access-denied" : "inventory.campaign.closed")));
            return;
        }
        build();
    }

    private void build() {
        room.setId("count-room");
        room.setLabel(getTranslation("inventory.count.room"));
        room.setPlaceholder(getTranslation("inventory.count.choose-room"));
        room.setItemLabelGenerator(CountingRoom::label);
        room.setItems(counting.rooms(campaign.id()));
        room.setWidthFull();
        room.addValueChangeListener(e -> {
            readHere = 0;
            showReads();
            answer.setVisible(false);
            conservation.setVisible(false);
            code.focus();
        });
        code.setId("count-code");
        code.setLabel(getTranslation("inventory.count.code"));
        code.setWidthFull();
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("enterkeyhint", "send");
        Button read = new Button(getTranslation("inventory.count.read"), e -> read(code.getValue()));
        read.setId("count-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickShortcut(Key.ENTER).listenOn(code);
        HorizontalLayout typing = new HorizontalLayout(code, read);
        typing.setWidthFull();
        typing.setAlignItems(FlexComponent.Alignment.BASELINE);
        typing.setFlexGrow(1, code);
        CameraScanner camera = new CameraScanner(this::read,
                () -> Notification.show(getTranslation("inventory.count.camera.unavailable"), 6000, Notification.Position.MIDDLE));
        HorizontalLayout scanning = new HorizontalLayout(new PhotoReader(this::read, answer::showProblem), camera.button());
        scanning.setWrap(true);
        conservation.setId("count-conservation");
        conservation.setLabel(getTranslation("inventory.count.conservation"));
        conservation.setItems(Conservation.values());
        conservation.setItemLabelGenerator(EnumLabels::of);
        conservation.setVisible(false);
        conservation.addValueChangeListener(e -> {
            if (!showingRead && last != null && e.getValue() != null && e.getValue() != last.conservation()) {
                saveConservation(e.getValue());
            }
        });
        reads.setId("count-reads");
        showReads();
        add(room, typing, scanning, camera, answer, conservation, reads,
                new UnknownItemForm(text -> counting.noteUnknown(campaign.id(), roomId(), text)));
    }

    private Long roomId() {
        if (room.getValue() == null) {
            throw new DomainException("inventory.count.choose-room", "roomId");
        }
        return room.getValue().id();
    }

    private void read(String typed) {
        try {
            last = counting.read(campaign.id(), roomId(), typed);
            if (!last.repeated()) {
                readHere++;
            }
            answer.show(last);
            code.clear();
            showConservation();
            showReads();
        } catch (DomainException | AccessDeniedException | NotFoundException refusal) {
            answer.showProblem(FormErrors.describe(refusal));
        }
        code.focus();
    }

    private void showConservation() {
        boolean editable = last.conservation() != null && last.assetVersion() != null
                && last.result() != br.com.patritech.inventory.ReadResult.WRITTEN_OFF;
        conservation.setVisible(editable);
        if (editable) {
            showingRead = true;
            conservation.setValue(last.conservation());
            showingRead = false;
        }
    }

    private void saveConservation(Conservation value) {
        try {
            var saved = counting.updateConservation(last.assetId(), last.assetVersion(), value);
            last = new ReadAnswer(last.result(), last.repeated(), last.tombo(), last.assetId(), saved.version(),
                    last.assetName(), last.belongsToUnit(), last.belongsToRoom(), last.readInRoom(), saved.conservation(),
                    last.readAt(), last.readBy());
            Notification.show(getTranslation("inventory.count.conservation.saved"));
        } catch (DomainException | AccessDeniedException | ObjectOptimisticLockingFailureException refusal) {
            FormErrors.notify(refusal);
        }
    }

    private void showReads() {
        reads.setText(getTranslation("inventory.count.reads", readHere));
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("inventory.title") : getTranslation("inventory.count.title", campaign.name());
    }
}
