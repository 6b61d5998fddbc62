package br.com.patritech.assets.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;

import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetSort;

/**
 * Something to do with the whole list as it is filtered and sorted (exchange: export it), offered by another
 * feature without {@code assets} knowing it; shown next to the totals. A Spring bean in the feature's {@code ui}
 * package, public like {@link AssetSelectionAction} because it is an extension point (decision 0008).
 */
public interface AssetListAction {

    /** The component for the signed-in user, or empty when they may not do this. Called once per list view. */
    Optional<Component> component(ListState list);

    /** The list's filter and sort at the moment they are asked for (a download reads them when it starts). */
    interface ListState {

        AssetFilter filter();

        List<AssetSort> sort();

        /** Runs {@code listener} after every change of the filter or refresh of the list (a total that follows it). */
        void whenChanged(Runnable listener);
    }
}
