package br.com.patritech.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import br.com.patritech.assets.AssetPosition;
import br.com.patritech.assets.AssetSort;
import br.com.patritech.assets.AssetSortKey;
import br.com.patritech.base.DomainException;

/**
 * The opaque {@code after} cursor of /api/v1/assets: the order (id or tombo, up or down) and the last key of the
 * page it came from, in base64url. Opaque so integrators pass it back as it is and we may change what it holds.
 */
final class AssetCursor {

    private static final String VERSION = "1";

    private AssetCursor() {
    }

    static String encode(AssetPosition position) {
        String text = String.join(":", VERSION, position.sort().key().apiName(),
                position.sort().ascending() ? "asc" : "desc", position.value());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor holds; anything not made by {@link #encode} is a 400 naming {@code after}. */
    static AssetPosition decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
            AssetSortKey key = AssetSortKey.fromApiName(parts[1]).orElseThrow(IllegalArgumentException::new);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !parts[2].matches("asc|desc")) {
                throw new IllegalArgumentException(cursor);
            }
            return new AssetPosition(new AssetSort(key, parts[2].equals("asc")), parts[3]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new DomainException("api.after.invalid", "after");
        }
    }
}
