package br.com.patritech.assets.ui;

import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * Something to do with the assets ticked in the list, offered by another feature without {@code assets} knowing it
 * (custody: assign or return; transfers: send to another unit). Implement it as a Spring bean in the feature's
 * {@code ui} package; the list shows a check-box column and a selection bar as soon as one action offers a button.
 * The one public type in this {@code ui} package, because it is an extension point
 * (docs/decisions/0008-features-extend-the-asset-list.md).
 */
public interface AssetSelectionAction {

    /** The button for the signed-in user, or empty when they may do this nowhere. Called once per list view. */
    Optional<Component> button(Selection selection);

    /** The list's current selection, as the button's click sees it. */
    interface Selection {

        /** Ids of the ticked assets (only those the user can see; the service checks again). */
        Set<Long> assetIds();

        /** Clears the ticks and reloads the rows and totals: call it after the action changed assets. */
        void done();
    }
}
