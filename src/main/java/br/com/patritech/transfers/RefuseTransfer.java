package br.com.patritech.transfers;

/** The destination's refusal, with why (required; the sender reads it). */
public record RefuseTransfer(String reason) {
}
