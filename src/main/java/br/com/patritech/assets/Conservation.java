package br.com.patritech.assets;

/** Physical state of conservation. Translated as {@code enum.Conservation.<VALUE>}. */
public enum Conservation {
    EXCELENTE, BOM, REGULAR, RUIM
}
