package br.com.patritech.assets.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import br.com.patritech.assets.AssetRow;

/**
 * Check boxes on the list and, while something is ticked, a bar with the count and the buttons other features offer
 * ({@link AssetSelectionAction}). Absent, and the grid single-click only, when no action is offered to the user.
 */
class AssetSelectionBar extends HorizontalLayout {

    private final Grid<AssetRow> grid;
    private final Span count = new Span();
    private final List<Component> buttons;

    AssetSelectionBar(Grid<AssetRow> grid, List<AssetSelectionAction> actions, Runnable refresh) {
        this.grid = grid;
        AssetSelectionAction.Selection selection = new AssetSelectionAction.Selection() {
            @Override
            public Set<Long> assetIds() {
                return grid.getSelectedItems().stream().map(AssetRow::id).collect(Collectors.toUnmodifiableSet());
            }

            @Override
            public void done() {
                grid.deselectAll();
                refresh.run();
            }
        };
        buttons = actions.stream().map(a -> a.button(selection)).flatMap(Optional::stream).toList();
        setId("asset-selection");
        addClassName("selection-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        count.setId("asset-selection-count");
        add(count);
        buttons.forEach(this::add);
    }

    /** Adds the bar to the view when there is something to do with a selection, and turns on the check boxes. */
    void addTo(com.vaadin.flow.component.HasComponents view) {
        if (buttons.isEmpty()) {
            return;
        }
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> show(e.getAllSelectedItems().size()));
        show(0);
        view.add(this);
    }

    /** Shown only while something is ticked: on a phone, idle buttons would push the rows off the screen. */
    private void show(int selected) {
        count.setText(getTranslation("assets.selection", selected));
        setVisible(selected > 0);
    }
}
