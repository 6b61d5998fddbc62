package br.com.patritech.assets;

/** Lifecycle status of an asset; BAIXADO is final until an administrator reverts it. Translated as {@code enum.AssetStatus.<VALUE>}. */
public enum AssetStatus {
    ATIVO, EM_MANUTENCAO, BAIXADO
}
