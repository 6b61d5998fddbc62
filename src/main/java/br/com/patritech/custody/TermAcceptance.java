package br.com.patritech.custody;

/** How a termo de responsabilidade was accepted: in the app by its person, or on paper (recorded by a gestor). */
public enum TermAcceptance {
    APP, PAPER
}
