package br.com.patritech.inventory;

import java.util.Set;

import br.com.patritech.documents.LabelLayout;

/**
 * Which assets get labels — the ticked ones ({@code assetIds}), a room, or a whole unit (exactly one of the three) —
 * on which stock, starting at which position of the first sheet (1 = top left). Written-off assets get none.
 */
public record LabelRequest(Set<Long> assetIds, Long unitId, Long roomId, LabelLayout layout, int start) {

    public LabelRequest {
        assetIds = assetIds == null ? Set.of() : Set.copyOf(assetIds);
        layout = layout == null ? LabelLayout.A4_3X10 : layout;
    }

    public static LabelRequest of(Set<Long> assetIds, LabelLayout layout, int start) {
        return new LabelRequest(assetIds, null, null, layout, start);
    }
}
