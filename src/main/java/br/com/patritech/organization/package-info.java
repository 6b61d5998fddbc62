/**
 * Units and their rooms, scoped by the caller's units. Depends on base and security only; assets and users refer to
 * it, never the other way round.
 */
package br.com.patritech.organization;
