package br.com.patritech.depreciation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Suggested policies from the table of useful lives and residual values published by the Secretaria do Tesouro
 * Nacional (Manual SIAFI, Macrofunção 020330 "Depreciação, amortização e exaustão na administração direta"), which
 * MCASP refers to. Matched on the start of a category's name, without accents; anything else gets no suggestion.
 */
final class PublicSectorTable {

    private static final Map<String, DepreciationPolicy> BY_NAME_PREFIX = Map.of(
            "informatica", DepreciationPolicy.straightLine(60, "10"),           // equipamentos de processamento de dados
            "mobiliario", DepreciationPolicy.straightLine(120, "10"),           // mobiliário em geral
            "veiculo", DepreciationPolicy.straightLine(180, "10"),              // veículos diversos
            "eletrodomestico", DepreciationPolicy.straightLine(120, "10"),      // aparelhos e utensílios domésticos
            "equipamentos medicos", DepreciationPolicy.straightLine(180, "20"), // aparelhos médicos e hospitalares
            "terreno", DepreciationPolicy.NONE,
            "obras de arte", DepreciationPolicy.NONE);

    private PublicSectorTable() {
    }

    static Optional<DepreciationPolicy> suggestionFor(String categoryName) {
        String key = Normalizer.normalize(categoryName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
        return BY_NAME_PREFIX.entrySet().stream().filter(e -> key.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
