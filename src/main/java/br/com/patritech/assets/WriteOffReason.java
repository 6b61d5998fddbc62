package br.com.patritech.assets;

/** Reasons for a write-off (baixa). Translated as {@code enum.WriteOffReason.<VALUE>}. */
public enum WriteOffReason {
    VENDA, PERMUTA, DOACAO, INUTILIZACAO_ABANDONO, EXTRAVIO_PERDA, FURTO_ROUBO, SINISTRO, LANCAMENTO_INDEVIDO, NAO_LOCALIZADO
}
