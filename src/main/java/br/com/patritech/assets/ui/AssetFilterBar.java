package br.com.patritech.assets.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Classification;
import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.base.ui.Keyboard;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/**
 * Search box (as you type, debounced) and filters; fires the new filter on every change. On a narrow screen the
 * filters fold behind a "Filtros" button (styles.css), so the list keeps the height.
 */
class AssetFilterBar extends FlexLayout {

    private final OrganizationService organization;
    private final TextField search = new TextField();
    private final ComboBox<UnitSummary> unit = combo("filter.unit", "filter-unit");
    private final ComboBox<RoomSummary> room = combo("filter.room", "filter-room");
    private final ComboBox<CategorySummary> category = combo("filter.category", "filter-category");
    private final ComboBox<AssetStatus> status = combo("filter.status", "filter-status");
    private final ComboBox<Classification> classification = combo("filter.classification", "filter-classification");
    private final Button toggle = new Button();
    private final com.vaadin.flow.component.checkbox.Checkbox custodyPending = new com.vaadin.flow.component.checkbox.Checkbox();
    private final Button custodian = new Button();
    private AssetFilter filter = AssetFilter.all();

    AssetFilterBar(OrganizationService organization, CatalogService catalog, Consumer<AssetFilter> onChange) {
        this.organization = organization;
        setId("asset-filters");
        addClassName("asset-filters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        search.setId("asset-search");
        search.addClassName("asset-search");
        search.setPlaceholder(getTranslation("assets.search"));
        search.setAriaLabel(getTranslation("assets.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.addValueChangeListener(e -> fire(filter.withSearch(blankToNull(e.getValue())), onChange));

        unit.setItems(organization.visibleUnits());
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        room.setItemLabelGenerator(RoomSummary::name);
        room.setEnabled(false);
        room.setTooltipText(getTranslation("filter.room.pick-unit"));
        unit.addValueChangeListener(e -> {
            room.clear();
            room.setItems(e.getValue() == null ? List.of() : organization.rooms(e.getValue().id()));
            room.setEnabled(e.getValue() != null);
            room.setTooltipText(getTranslation(e.getValue() == null ? "filter.room.pick-unit" : "filter.room"));
            fire(filter.withUnit(e.getValue() == null ? null : e.getValue().id()), onChange);
        });
        room.addValueChangeListener(e -> fire(filter.withRoom(e.getValue() == null ? null : e.getValue().id()), onChange));

        category.setItems(catalog.categories());
        category.setItemLabelGenerator(CategorySummary::name);
        category.addValueChangeListener(e -> fire(filter.withCategory(e.getValue() == null ? null : e.getValue().id()),
                onChange));
        status.setItems(AssetStatus.values());
        status.setItemLabelGenerator(EnumLabels::of);
        status.addValueChangeListener(e -> fire(filter.withStatus(e.getValue()), onChange));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(EnumLabels::of);
        classification.addValueChangeListener(e -> fire(filter.withClassification(e.getValue()), onChange));

        custodyPending.setId("filter-custody-pending");
        custodyPending.setLabel(getTranslation("filter.custody-pending"));
        custodyPending.addValueChangeListener(e -> fire(filter.withCustodyPending(e.getValue()), onChange));
        // Set from a person's page (custody): shown as a chip that clears the filter.
        custodian.setId("filter-custodian");
        custodian.setText(getTranslation("filter.custodian"));
        custodian.setIcon(VaadinIcon.CLOSE_SMALL.create());
        custodian.setIconAfterText(true);
        custodian.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        custodian.setVisible(false);
        custodian.addClickListener(e -> {
            custodian.setVisible(false);
            fire(filter.withCustodian(null), onChange);
        });

        toggle.setId("filters-toggle");
        toggle.addClassName("filters-toggle");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean open = !hasClassName("open");
            setClassName("open", open);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        Stream.of(unit, room, category, status, classification).forEach(c -> c.addClassName("filter-extra"));
        custodyPending.addClassName("filter-extra");
        add(search, toggle, unit, room, category, status, classification, custodyPending, custodian);
        updateToggle();
    }

    /** Shows this filter in the fields (from the URL), without firing a change for each field. */
    void show(AssetFilter shown) {
        filter = shown;
        search.setValue(Objects.requireNonNullElse(shown.search(), ""));
        unit.setValue(byId(unit, shown.unitId(), UnitSummary::id));
        room.setValue(shown.unitId() == null ? null : byId(room, shown.roomId(), RoomSummary::id));
        category.setValue(byId(category, shown.categoryId(), CategorySummary::id));
        status.setValue(shown.status());
        classification.setValue(shown.classification());
        custodyPending.setValue(shown.custodyPending());
        custodian.setVisible(shown.custodianId() != null);
        filter = shown;
        updateToggle();
    }

    AssetFilter filter() {
        return filter;
    }

    private static <T> T byId(ComboBox<T> combo, Long id, java.util.function.ToLongFunction<T> idOf) {
        return id == null ? null
                : combo.getListDataView().getItems().filter(i -> idOf.applyAsLong(i) == id).findFirst().orElse(null);
    }

    /** The name shows as placeholder (and is spoken), so the filters take one line, not two. */
    private <T> ComboBox<T> combo(String labelKey, String id) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setPlaceholder(getTranslation(labelKey));
        combo.setAriaLabel(getTranslation(labelKey));
        combo.setTooltipText(getTranslation(labelKey));
        combo.setId(id);
        combo.setClearButtonVisible(true);
        combo.setWidth("11rem");
        return Keyboard.pickByTyping(combo);
    }

    private void fire(AssetFilter next, Consumer<AssetFilter> onChange) {
        if (!next.equals(filter)) {
            filter = next;
            updateToggle();
            onChange.accept(next);
        }
    }

    /** "Filtros (2)": on a phone the folded filters still say how many narrow the list. */
    private void updateToggle() {
        long active = Stream.of(filter.unitId(), filter.roomId(), filter.categoryId(), filter.status(),
                filter.classification(), filter.custodianId(), filter.custodyPending() ? true : null)
                .filter(Objects::nonNull).count();
        toggle.setText(active == 0 ? getTranslation("filter.toggle") : getTranslation("filter.toggle.active", active));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
