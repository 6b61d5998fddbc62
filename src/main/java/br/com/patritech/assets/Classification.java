package br.com.patritech.assets;

/** Classification per Decreto 9.373/2018. Translated as {@code enum.Classification.<VALUE>}. */
public enum Classification {
    EM_USO, OCIOSO, RECUPERAVEL, ANTIECONOMICO, IRRECUPERAVEL
}
