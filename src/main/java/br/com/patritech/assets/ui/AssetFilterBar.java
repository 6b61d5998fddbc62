package br.com.patritech.assets.ui;

import java.util.List;
import java.util.function.Consumer;

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
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategorySummary;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.RoomSummary;
import br.com.patritech.organization.OrganizationService.UnitSummary;

/** Search box (as you type, debounced) and filters; fires the new filter on every change. */
class AssetFilterBar extends FlexLayout {

    private AssetFilter filter = AssetFilter.all();

    AssetFilterBar(OrganizationService organization, CatalogService catalog, Consumer<AssetFilter> onChange) {
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");

        TextField search = new TextField();
        search.setId("asset-search");
        search.setPlaceholder(getTranslation("assets.search"));
        search.setAriaLabel(getTranslation("assets.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setMinWidth("20rem");
        search.addValueChangeListener(e -> fire(filter.withSearch(e.getValue()), onChange));

        ComboBox<UnitSummary> unit = combo("filter.unit", "filter-unit");
        unit.setItems(organization.visibleUnits());
        unit.setItemLabelGenerator(u -> u.code() + " - " + u.name());
        ComboBox<RoomSummary> room = combo("filter.room", "filter-room");
        room.setItemLabelGenerator(RoomSummary::name);
        room.setEnabled(false);
        unit.addValueChangeListener(e -> {
            room.clear();
            room.setItems(e.getValue() == null ? List.of() : organization.rooms(e.getValue().id()));
            room.setEnabled(e.getValue() != null);
            fire(filter.withUnit(e.getValue() == null ? null : e.getValue().id()), onChange);
        });
        room.addValueChangeListener(e -> fire(filter.withRoom(e.getValue() == null ? null : e.getValue().id()), onChange));

        ComboBox<CategorySummary> category = combo("filter.category", "filter-category");
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(CategorySummary::name);
        category.addValueChangeListener(e -> fire(filter.withCategory(e.getValue() == null ? null : e.getValue().id()),
                onChange));

        ComboBox<AssetStatus> status = combo("filter.status", "filter-status");
        status.setItems(AssetStatus.values());
        status.setItemLabelGenerator(EnumLabels::of);
        status.addValueChangeListener(e -> fire(filter.withStatus(e.getValue()), onChange));

        ComboBox<Classification> classification = combo("filter.classification", "filter-classification");
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(EnumLabels::of);
        classification.addValueChangeListener(e -> fire(filter.withClassification(e.getValue()), onChange));

        add(search, unit, room, category, status, classification);
    }

    private <T> ComboBox<T> combo(String labelKey, String id) {
        ComboBox<T> combo = new ComboBox<>(getTranslation(labelKey));
        combo.setId(id);
        combo.setClearButtonVisible(true);
        return combo;
    }

    private void fire(AssetFilter next, Consumer<AssetFilter> onChange) {
        if (!next.equals(filter)) {
            filter = next;
            onChange.accept(next);
        }
    }
}
