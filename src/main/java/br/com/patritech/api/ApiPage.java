package br.com.patritech.api;

import java.math.BigDecimal;
import java.util.List;

import br.com.patritech.base.DomainException;

/**
 * The page and size an API list was asked for, checked once for every list: page 0 or more, size 1 to
 * {@value #MAX_SIZE}, and an offset that fits in an int (page=10737419&size=200 used to overflow into a 500).
 * See docs/decisions/0006-api-layer.md.
 */
record ApiPage(int page, int size) {

    static final int MAX_SIZE = 200;

    static ApiPage of(int page, int size) {
        if (page < 0) {
            throw new DomainException("api.page.invalid", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("api.size.invalid", "size", MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new DomainException("api.page.too-far", "page");
        }
        return new ApiPage(page, size);
    }

    int offset() {
        return page * size;
    }

    <T> PageResponse<T> response(List<T> content, long totalElements, BigDecimal activeValue) {
        return response(content, totalElements, activeValue, true, null);
    }

    /** With totals that may be a lower bound ({@code exact} false) and the cursor of the next keyset page. */
    <T> PageResponse<T> response(List<T> content, long totalElements, BigDecimal activeValue, boolean exact,
                                 String next) {
        return new PageResponse<>(content, page, size, totalElements, (int) ((totalElements + size - 1) / size),
                activeValue, exact, next);
    }
}
