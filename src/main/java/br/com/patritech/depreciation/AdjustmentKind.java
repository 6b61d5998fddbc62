package br.com.patritech.depreciation;

import br.com.patritech.assets.AssetEventType;

/** A new book value: a revaluation (reavaliação, up or down) or an impairment (redução ao valor recuperável, down). */
public enum AdjustmentKind {
    REVALUATION(AssetEventType.REVALUED), IMPAIRMENT(AssetEventType.IMPAIRED);

    private final AssetEventType historyType;

    AdjustmentKind(AssetEventType historyType) {
        this.historyType = historyType;
    }

    AssetEventType historyType() {
        return historyType;
    }
}
