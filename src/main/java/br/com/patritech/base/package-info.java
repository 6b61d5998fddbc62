/**
 * The shared kernel: the persistent base entity, value types (CPF), domain errors, translations, and the shared
 * UI pieces (layout, forms, formats). Depends on no feature; a feature plugs into it through interfaces declared
 * here (e.g. {@link br.com.patritech.base.SessionPerson}).
 */
package br.com.patritech.base;
