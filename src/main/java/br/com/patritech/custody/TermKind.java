package br.com.patritech.custody;

/** Termo de responsabilidade (an assignment) or de devolução (a return). Translated as {@code enum.TermKind.<VALUE>}. */
public enum TermKind {
    RESPONSABILIDADE, DEVOLUCAO
}
