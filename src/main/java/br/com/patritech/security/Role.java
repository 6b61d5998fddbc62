package br.com.patritech.security;

/** ADMIN does everything in every unit; GESTOR acts in their own units per flags; AUDITOR reads only. */
public enum Role {
    ADMIN, GESTOR, AUDITOR
}
