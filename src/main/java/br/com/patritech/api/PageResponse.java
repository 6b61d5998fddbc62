package br.com.patritech.api;

import java.math.BigDecimal;
import java.util.List;

/** One page of a list, with the totals of the whole filtered list. */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages, BigDecimal activeValue) {
}
