package br.com.patritech.assets.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import br.com.patritech.assets.AssetDetails;

/**
 * A section another feature adds to the asset page, under the asset's data, without {@code assets} knowing it
 * (custody: the responsible person and the terms; depreciation: book value and schedule). Implement it as a Spring
 * bean in the feature's {@code ui} package; the page shows the sections in {@code @Order}. Like
 * {@link AssetSelectionAction}, an extension point (docs/decisions/0008).
 */
public interface AssetPageSection {

    /** The section for this asset (one the signed-in user may see), or empty when there is nothing to show. */
    Optional<Component> section(AssetDetails asset);
}
