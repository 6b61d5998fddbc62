package br.com.patritech.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list, with the totals of the whole filtered list. */
record PageResponse<T>(List<T> content, int page, int size,
                       @Schema(description = "Itens da lista filtrada; se totalElementsExact for false, mais do que isto")
                       long totalElements, int totalPages,
                       @Schema(description = "Valor ativo da lista filtrada; null quando não é exato")
                       BigDecimal activeValue,
                       @Schema(description = "false quando uma busca ampla encontrou mais itens do que os contados")
                       boolean totalElementsExact,
                       @Schema(description = "Cursor da página seguinte, para after=; null no fim ou quando a ordem"
                               + " não permite (só id e tombo)")
                       String next) {
}
