package br.com.patritech.assets.ui;

import com.vaadin.flow.function.SerializableFunction;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetForm;

/**
 * A new-asset form opened by another feature (decision 0008): what it starts with, and how Save registers it — the
 * feature's own service, which creates the asset through {@code AssetService} and records its part in the same
 * transaction (the inventory marks the unknown item registered).
 */
public record NewAssetDraft(AssetForm form, SerializableFunction<AssetForm, AssetDetails> save) {
}
