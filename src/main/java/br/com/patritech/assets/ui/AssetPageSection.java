package br.com.patritech.assets.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import br.com.patritech.assets.AssetDetails;

/**
 * A section another feature adds to the asset page, under the asset's data, without {@code assets} knowing it
 * (custody: the current responsible person and the asset's terms). Implement it as a Spring bean in the feature's
 * {@code ui} package; like {@link AssetSelectionAction}, an extension point (docs/decisions/0008).
 */
public interface AssetPageSection {

    /** The section for this asset and the signed-in user, or empty when there is nothing to show. */
    Optional<Component> section(AssetDetails asset);
}
