package br.com.patritech.audit;

/** A unit the audit screen offers as a filter. */
public record UnitChoice(long id, String code, String name) {
}
