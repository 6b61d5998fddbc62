package br.com.patritech.assets.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the asset page (depreciation: book value and schedule), without {@code assets}
 * knowing it. Implement it as a Spring bean in the feature's {@code ui} package; the page shows the sections below the
 * asset's details, in {@code @Order}. An extension point like {@link AssetSelectionAction} (decision 0008).
 */
public interface AssetPageSection {

    /** The section for this asset and the signed-in user, or empty; the asset is one the user may see. */
    Optional<Component> section(long assetId);
}
