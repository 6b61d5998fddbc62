package br.com.patritech.depreciation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Suggested fiscal annual rates from Anexo III of RFB Instrução Normativa 1700/2017 ("Taxas anuais de depreciação"),
 * which lists goods by NCM position. Matched on the start of a category's name, without accents, to the position
 * that most of such a category holds; anything else gets no suggestion. A company checks them against the NCM of
 * its own goods and changes what differs.
 */
final class FiscalRateTable {

    private static final Map<String, FiscalRate> BY_NAME_PREFIX = Map.ofEntries(
            Map.entry("informatica", FiscalRate.of("20")),          // 8471 máquinas automáticas para processamento de dados: 5 anos
            Map.entry("mobiliario", FiscalRate.of("10")),           // 9403 outros móveis: 10 anos
            Map.entry("moveis", FiscalRate.of("10")),
            Map.entry("veiculo", FiscalRate.of("20")),              // 8703 automóveis de passageiros: 5 anos
            Map.entry("eletrodomestico", FiscalRate.of("10")),      // 8418 refrigeradores, 8516 aparelhos elétricos: 10 anos
            Map.entry("equipamentos medicos", FiscalRate.of("10")), // 9018 instrumentos e aparelhos para medicina: 10 anos
            Map.entry("maquina", FiscalRate.of("10")),              // máquinas e equipamentos em geral (capítulo 84): 10 anos
            Map.entry("edific", FiscalRate.of("4")),                // edificações: 25 anos
            Map.entry("imove", FiscalRate.of("4")),
            Map.entry("terreno", FiscalRate.NONE),                  // terrenos não se depreciam
            Map.entry("obras de arte", FiscalRate.NONE));

    private FiscalRateTable() {
    }

    static Optional<FiscalRate> suggestionFor(String categoryName) {
        String key = Normalizer.normalize(categoryName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
        return BY_NAME_PREFIX.entrySet().stream().filter(e -> key.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
