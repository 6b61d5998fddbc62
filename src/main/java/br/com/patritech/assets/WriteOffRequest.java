package br.com.patritech.assets;

import java.time.LocalDate;

/** Dar baixa: when, why, under which administrative process, and a free note. */
public record WriteOffRequest(LocalDate date, WriteOffReason reason, String processNumber, String note) {
}
