package br.com.patritech.assets.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Classification;
import br.com.patritech.assets.Conservation;
import br.com.patritech.assets.Origin;
import br.com.patritech.base.ui.DatePickers;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.FormErrors;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.base.ui.MoneyField;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/**
 * The asset form. Binds fields to an {@link AssetForm} without rules of its own: the service validates every
 * field and {@link #fields()} lets the view show each message next to its field. Choosing a unit limits the
 * rooms to that unit's rooms.
 */
class AssetEditor extends FormLayout {

    private final Binder<AssetForm> binder = new Binder<>();
    private final FormErrors errors = new FormErrors();
    final TextField tombo = new TextField();
    final TextField name = new TextField();
    final ComboBox<CategorySummary> category = new ComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final ComboBox<RoomSummary> room = new ComboBox<>();
    final MoneyField value = new MoneyField();
    final DatePicker acquisitionDate = DatePickers.create(null);
    private String suggestedTombo;
    private List<Object> asOpened = List.of();

    AssetEditor(List<CategorySummary> categories, List<UnitSummary> units,
                java.util.function.LongFunction<List<RoomSummary>> roomsOfUnit, boolean locationEditable) {
        setId("asset-editor");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
        TextField serial = new TextField();
        TextArea description = new TextArea();
        TextField supplier = new TextField();
        TextField invoice = new TextField();
        ComboBox<Origin> origin = enumCombo(Origin.values());
        ComboBox<Conservation> conservation = enumCombo(Conservation.values());
        ComboBox<Classification> classification = enumCombo(Classification.values());
        ComboBox<AssetStatus> status = enumCombo(java.util.Arrays.stream(AssetStatus.values())
                .filter(AssetStatus::selectableInForm).toArray(AssetStatus[]::new));

        tombo.setHelperText(getTranslation("asset.tombo.helper"));
        category.setItems(categories);
        category.setItemLabelGenerator(CategorySummary::name);
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        room.setItemLabelGenerator(RoomSummary::name);
        room.setClearButtonVisible(true);
        room.setEnabled(false);
        room.setHelperText(getTranslation("filter.room.pick-unit"));
        room.addClassName("needs-unit");
        unit.addValueChangeListener(e -> {
            room.clear();
            room.setItems(e.getValue() == null ? List.of() : roomsOfUnit.apply(e.getValue().id()));
            room.setEnabled(e.getValue() != null && locationEditable);
            room.setHelperText(e.getValue() == null ? getTranslation("filter.room.pick-unit") : null);
        });
        java.util.stream.Stream.of(category, unit, room, origin, conservation, classification, status)
                .forEach(Keyboard::pickByTyping);
        // What the service requires, marked before the first Save (AssetRules).
        for (com.vaadin.flow.component.HasValue<?, ?> required
                : List.<com.vaadin.flow.component.HasValue<?, ?>>of(name, category, unit, value, origin, conservation,
                classification)) {
            required.setRequiredIndicatorVisible(true);
        }
        unit.setReadOnly(!locationEditable);
        room.setReadOnly(!locationEditable);

        add("tombo", tombo);
        add("name", name);
        add("categoryId", category);
        add("unitId", unit);
        add("roomId", room);
        add("serialNumber", serial);
        add("acquisitionValue", value);
        add("acquisitionDate", acquisitionDate);
        add("supplier", supplier);
        add("invoiceNumber", invoice);
        add("origin", origin);
        add("conservation", conservation);
        add("classification", classification);
        add("status", status);
        add("description", description);
        setColspan(description, 3);

        binder.forField(tombo).bind(AssetForm::getTombo, AssetForm::setTombo);
        binder.forField(name).bind(AssetForm::getName, AssetForm::setName);
        binder.forField(serial).bind(AssetForm::getSerialNumber, AssetForm::setSerialNumber);
        binder.forField(description).bind(AssetForm::getDescription, AssetForm::setDescription);
        binder.forField(category).bind(f -> byId(categories, f.getCategoryId(), CategorySummary::id),
                (f, c) -> f.setCategoryId(c == null ? null : c.id()));
        binder.forField(unit).bind(f -> byId(units, f.getUnitId(), UnitSummary::id),
                (f, u) -> f.setUnitId(u == null ? null : u.id()));
        binder.forField(room).bind(f -> f.getUnitId() == null ? null
                        : byId(roomsOfUnit.apply(f.getUnitId()), f.getRoomId(), RoomSummary::id),
                (f, r) -> f.setRoomId(r == null ? null : r.id()));
        binder.forField(value).withConverter(value.converter()).bind(AssetForm::getAcquisitionValue, AssetForm::setAcquisitionValue);
        binder.forField(acquisitionDate).bind(AssetForm::getAcquisitionDate, AssetForm::setAcquisitionDate);
        binder.forField(supplier).bind(AssetForm::getSupplier, AssetForm::setSupplier);
        binder.forField(invoice).bind(AssetForm::getInvoiceNumber, AssetForm::setInvoiceNumber);
        binder.forField(origin).bind(AssetForm::getOrigin, AssetForm::setOrigin);
        binder.forField(conservation).bind(AssetForm::getConservation, AssetForm::setConservation);
        binder.forField(classification).bind(AssetForm::getClassification, AssetForm::setClassification);
        binder.forField(status).bind(AssetForm::getStatus, AssetForm::setStatus);
    }

    /** Keeps the tombo field on the suggestion for the chosen category and unit, until the person types one. */
    void suggestTombo(BiFunction<Long, Long, String> suggestion) {
        Runnable update = () -> {
            if (tombo.getValue().isBlank() || Objects.equals(tombo.getValue(), suggestedTombo)) {
                suggestedTombo = suggestion.apply(category.getValue() == null ? null : category.getValue().id(),
                        unit.getValue() == null ? null : unit.getValue().id());
                tombo.setValue(suggestedTombo);
            }
        };
        category.addValueChangeListener(e -> update.run());
        unit.addValueChangeListener(e -> update.run());
        update.run();
    }

    void read(AssetForm form) {
        binder.readBean(form);
    }

    /** Remembers the fields as they are now, as the state that needs no confirmation to leave. */
    void markUnchanged() {
        asOpened = currentValues();
    }

    /** Whether the person typed or chose anything since {@link #markUnchanged()}. */
    boolean hasChanges() {
        return !currentValues().equals(asOpened);
    }

    private List<Object> currentValues() {
        return binder.getFields().map(f -> (Object) java.util.Objects.requireNonNullElse(f.getValue(), "")).toList();
    }

    /** What the person typed, as is; invalid or empty input is left for the service to name. */
    AssetForm write() {
        AssetForm form = new AssetForm();
        binder.writeBeanAsDraft(form, true);
        return form;
    }

    /** Shows again what the fields themselves refuse (an unreadable amount); true when all is readable. */
    boolean checkInput() {
        return value.checkInput();
    }

    /** Where the service's refusals are shown: next to each field, or above the form. */
    FormErrors errors() {
        return errors;
    }

    private <C extends com.vaadin.flow.component.Component & HasValidation> void add(String field, C component) {
        component.setId("asset-" + field);
        if (component instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("asset.field." + field));
        }
        errors.field(field, component);
        add(component);
    }

    private static <E extends Enum<E>> ComboBox<E> enumCombo(E[] values) {
        ComboBox<E> combo = new ComboBox<>();
        combo.setItems(values);
        combo.setItemLabelGenerator(EnumLabels::of);
        return combo;
    }

    private static <T> T byId(List<T> items, Long id, java.util.function.ToLongFunction<T> idOf) {
        return id == null ? null : items.stream().filter(i -> idOf.applyAsLong(i) == id).findFirst().orElse(null);
    }
}
