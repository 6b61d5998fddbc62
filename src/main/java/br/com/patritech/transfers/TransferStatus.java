package br.com.patritech.transfers;

/** Where a guide stands; only PENDENTE can change. Translated as {@code enum.TransferStatus.<VALUE>}. */
public enum TransferStatus {
    PENDENTE, ACEITA, RECUSADA, CANCELADA
}
