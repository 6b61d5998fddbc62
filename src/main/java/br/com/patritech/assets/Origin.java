package br.com.patritech.assets;

/** How the institution came to hold the asset. Translated as {@code enum.Origin.<VALUE>}. */
public enum Origin {
    PROPRIO, DOACAO, ALUGADO, COMODATO
}
